package com.dangjian.samples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * S4: {@code inbox/study/study-YYYYMMDD.csv}, UTF-8 (some with a byte-order mark). One row per member per day of
 * activity. The base generation writes <b>one file per calendar month, named by its first day</b> (a file per day
 * would be over a thousand files for three years); a later night writes one file for its own day. Whether a
 * member studies on a day is a pure function of (seed, member, day), so files stream without memory and nights
 * continue the same pattern.
 */
final class StudyFiles {

    static final String SOURCE = "study";
    static final String HEADER = "member_id,study_date,minutes,points,course_type";
    static final String[] TYPES = {"THEORY", "THEORY", "THEORY", "THEORY", "POLICY", "POLICY", "SPECIAL", "SPECIAL", "SPECIAL", "OTHER"};
    static final String[] UNKNOWN_TYPES = {"VIDEO", "理论学习", "EXAM"};

    private final Department d;
    private final Dirt dirt;
    private final DirtManifest manifest;
    private final Tally tally;
    private final Path folder;
    private int extras;

    StudyFiles(Department d, Dirt dirt, DirtManifest manifest, Tally tally, Path inbox) {
        this.d = d;
        this.dirt = dirt;
        this.manifest = manifest;
        this.tally = tally;
        this.folder = inbox.resolve(SOURCE);
    }

    static String fileName(LocalDate first) {
        return String.format("study-%d%02d%02d.csv", first.getYear(), first.getMonthValue(), first.getDayOfMonth());
    }

    void writeHistory(Progress progress) {
        History h = d.history;
        for (int k = 0; k < h.months(); k++) {
            YearMonth m = h.month(k);
            write(k, m.atDay(1), h.lastShownDay(m));
            progress.step(SOURCE, k + 1, h.months());
        }
    }

    /** One file for the days {@code from}..{@code to}; {@code fileIndex} places forced dirt. */
    String write(int fileIndex, LocalDate from, LocalDate to) {
        String name = fileName(from);
        int forced = Math.min(2, d.history.months() - 1);
        // someone opened the export in Excel, typed over a few values and saved it as ANSI (GB18030)
        boolean gb = dirt.file(SOURCE, Defect.WRONG_ENCODING, fileIndex, forced);
        boolean bom = !gb && Rng.unit(d.seed, Rng.STUDY + 100, fileIndex, 0) < 0.3;
        long rows = 0;
        StringBuilder b = new StringBuilder(64);
        try (TextFile f = new TextFile(folder.resolve(name), gb ? DuesFiles.GB18030 : StandardCharsets.UTF_8, bom, "\n")) {
            if (gb) {
                manifest.file(SOURCE, name, null, Defect.WRONG_ENCODING, "saved as GB18030 instead of UTF-8 (full-width digits inside)");
            }
            f.line(HEADER);
            long row = 0;
            boolean needWide = gb;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                int dayNo = Member.day(day);
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                double dayFactor = weekend ? 0.42 : 0.95;
                String date = day.toString();
                double t = d.history.progress(YearMonth.from(day));
                for (Member x : d.members) {
                    int org = x.orgOn(dayNo);
                    if (org < 0) {
                        continue;
                    }
                    double p = Math.min(0.97, x.engagement * d.orgs.get(org).profile.engagement(t) * dayFactor);
                    if (Rng.unit(d.seed, Rng.STUDY, x.index, dayNo) >= p) {
                        continue;
                    }
                    double u = Rng.unit(d.seed, Rng.STUDY_MINUTES, x.index, dayNo);
                    int minutes = 10 + 5 * (int) (u * u * 17);
                    String type = TYPES[Rng.below(d.seed, Rng.STUDY_TYPE, x.index, dayNo, TYPES.length)];
                    b.setLength(0);
                    b.append(x.id).append(',').append(date).append(',').append(minutes).append(',')
                            .append(minutes / 10 + 1).append(',').append(type);
                    Defect defect = needWide ? Defect.FULL_WIDTH : dirt.row(SOURCE, fileIndex, row, FITS);
                    needWide = false;
                    row++;
                    if (defect == null) {
                        f.line(b);
                        rows++;
                    } else {
                        rows += write(f, b.toString(), x.id, day, minutes, type, defect);
                    }
                }
            }
            if (dirt.file(SOURCE, Defect.TRUNCATED_LINE, fileIndex, forced + 1) && !d.members.isEmpty()) {
                String line = d.members.get(0).id + "," + to + ",3";
                int n = f.unterminated(line);
                manifest.line(SOURCE, name, n, Defect.TRUNCATED_LINE, d.members.get(0).id + "+" + to,
                        "last line cut after minutes' first digit: points and course_type missing");
                rows++;
            }
        }
        tally.add("study/study", rows);
        return name;
    }

    static final List<Defect> FITS = List.of(Defect.UNKNOWN_MEMBER, Defect.UNKNOWN_CODE, Defect.DATE_SHAPE, Defect.FULL_WIDTH,
            Defect.TRAILING_SPACE, Defect.BLANK_LINE, Defect.DUPLICATE_ROW);

    private int write(TextFile f, String row, String id, LocalDate day, int minutes, String type, Defect defect) {
        String key = id + "+" + day;
        String name = f.name();
        switch (defect) {
            case UNKNOWN_MEMBER -> {
                f.line(row);
                String other = d.unknownMemberId(1000 + ++extras);
                int line = f.line(other + row.substring(id.length()));
                manifest.line(SOURCE, name, line, defect, other + "+" + day, "member_id " + other + " is not in the registry");
                return 2;
            }
            case UNKNOWN_CODE -> {
                String code = UNKNOWN_TYPES[dirt.variant(day.toEpochDay(), id.hashCode(), UNKNOWN_TYPES.length)];
                int line = f.line(row.substring(0, row.length() - type.length()) + code);
                manifest.line(SOURCE, name, line, defect, key, "course_type " + code + " is not THEORY/POLICY/SPECIAL/OTHER");
                return 1;
            }
            case DATE_SHAPE -> {
                String shape = Dirt.dateShape(day, dirt.variant(day.toEpochDay(), id.hashCode(), 2));
                int line = f.line(row.replace("," + day + ",", "," + shape + ","));
                manifest.line(SOURCE, name, line, defect, key, "study_date " + shape);
                return 1;
            }
            case FULL_WIDTH -> {
                int line = f.line(row.replace("," + day + "," + minutes + ",", "," + day + "," + Dirt.fullWidth(String.valueOf(minutes)) + ","));
                manifest.line(SOURCE, name, line, defect, key, "minutes in full-width digits");
                return 1;
            }
            case TRAILING_SPACE -> {
                int line = f.line(id + "  " + row.substring(id.length()));
                manifest.line(SOURCE, name, line, defect, key, "member_id followed by spaces");
                return 1;
            }
            case BLANK_LINE -> {
                return f.blankLineThen(row, manifest, SOURCE, "empty line");
            }
            case DUPLICATE_ROW -> {
                return f.twice(row, manifest, SOURCE, key, "row");
            }
            default -> throw new IllegalStateException(defect.name());
        }
    }
}
