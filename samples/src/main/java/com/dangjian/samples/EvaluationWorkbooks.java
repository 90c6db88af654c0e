package com.dangjian.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * S5: {@code inbox/evaluations/evaluations-YYYY.xlsx}, where YYYY is the year of issue: the 述职评议 and 民主评议
 * of the year before (held in January), and the 党建考核 of each quarter as issued (Q4 of the year before on
 * 15 January, Q1 on 15 April, Q2 on 15 July, Q3 on 15 October). Some years were re-issued corrected as
 * {@code -v2} (the highest version wins); a later night issues the next version when a quarter's results come out.
 * What each file holds is a pure function of the day it was issued, so a re-issue repeats everything before it.
 */
final class EvaluationWorkbooks {

    static final String SOURCE = "evaluations";
    static final String REPORT = "述职评议", ASSESS = "党建考核", REVIEW = "民主评议";
    static final List<String> REPORT_HEADER = List.of("党组织编码", "年度", "书记党员编号", "得分", "等次");
    static final List<String> ASSESS_HEADER = List.of("党组织编码", "季度", "得分");
    static final List<String> REVIEW_HEADER = List.of("党员编号", "年度", "等次");

    private final Department d;
    private final Dirt dirt;
    private final DirtManifest manifest;
    private final Tally tally;
    private final Path folder;
    private final EvaluationDefects defects;

    EvaluationWorkbooks(Department d, Dirt dirt, DirtManifest manifest, Tally tally, Path inbox) {
        this.d = d;
        this.dirt = dirt;
        this.manifest = manifest;
        this.tally = tally;
        this.folder = inbox.resolve(SOURCE);
        this.defects = new EvaluationDefects(d, dirt, manifest);
    }

    static String fileName(int year, int version) {
        return "evaluations-" + year + (version > 1 ? "-v" + version : "") + ".xlsx";
    }

    /** Years whose first results (15 January) fall inside the history. */
    List<Integer> years() {
        List<Integer> out = new ArrayList<>();
        for (int y = d.history.start().getYear(); y <= d.history.asOf().getYear(); y++) {
            LocalDate first = LocalDate.of(y, 1, 15);
            if (!first.isBefore(d.history.start()) && !first.isAfter(d.history.asOf())) {
                out.add(y);
            }
        }
        return out;
    }

    static List<LocalDate> issueDays(int year) {
        return List.of(LocalDate.of(year, 1, 15), LocalDate.of(year, 4, 15), LocalDate.of(year, 7, 15), LocalDate.of(year, 10, 15));
    }

    void writeHistory(Progress progress) {
        List<Integer> years = years();
        int corrected = Math.min(1, years.size() - 1);
        for (int i = 0; i < years.size(); i++) {
            int y = years.get(i);
            boolean current = i == years.size() - 1 && years.size() > 1;
            boolean v2 = i == corrected || (!current && Rng.unit(d.seed, Rng.EVALUATIONS, y, 99) < 0.35);
            write(y, 1, d.history.asOf(), i, v2, i == corrected);
            if (v2) {
                write(y, 2, d.history.asOf(), i, false, false);
            }
            progress.step(SOURCE, i + 1, years.size());
        }
    }

    /**
     * Writes version {@code version} of year {@code year} as issued by {@code snapshot}.
     * @param corrected whether a later version corrects this one (CORRECTED_LATER may be put on its rows)
     * @param emptySheet whether 民主评议 arrives empty (forced once; the re-issue carries it)
     */
    String write(int year, int version, LocalDate snapshot, int yearIndex, boolean corrected, boolean emptySheet) {
        String name = fileName(year, version);
        int fileIndex = yearIndex * 4 + version;
        LocalDate stamp = LocalDate.of(year, 1, 15);
        for (LocalDate day : issueDays(year)) {
            if (!day.isAfter(snapshot)) {
                stamp = day;
            }
        }
        String next = corrected ? fileName(year, version + 1) : null;
        try (Workbook wb = new Workbook()) {
            reports(wb, name, year, snapshot, fileIndex, next);
            assessments(wb, name, year, snapshot, fileIndex, next);
            reviews(wb, name, year, snapshot, fileIndex, emptySheet, next != null);
            wb.save(folder.resolve(name), stamp.atTime(9, 0));
        }
        return name;
    }

    private void reports(Workbook wb, String file, int year, LocalDate snapshot, int fileIndex, String next) {
        Workbook.SheetWriter s = wb.sheet(REPORT);
        List<String> header = new ArrayList<>(REPORT_HEADER);
        boolean renamed = dirt.file(SOURCE + "/" + REPORT, Defect.RENAMED_COLUMN, fileIndex, 1);
        if (renamed) {
            header.set(3, "分数");
            manifest.file(SOURCE, file, REPORT, Defect.RENAMED_COLUMN, "得分 is headed 分数");
        }
        titleIfMerged(s, file, fileIndex, header.size());
        s.header(header);
        if (LocalDate.of(year, 1, 15).isAfter(snapshot)) {
            return;
        }
        long rows = 0;
        long row = 0;
        for (Org o : d.orgs) {
            if (!o.existsOn(LocalDate.of(year - 1, 12, 31)) || !o.existsOn(LocalDate.of(year, 1, 15)) || o.secretaryId == null) {
                continue;
            }
            double score = score(o, year * 10L, YearMonth.of(year - 1, 12));
            String grade = grade(score);
            String key = o.code + "+" + (year - 1);
            List<Defect> fits = new ArrayList<>(List.of(Defect.UNKNOWN_ORG, Defect.UNKNOWN_CODE, Defect.FULL_WIDTH,
                    Defect.TRAILING_SPACE, Defect.DUPLICATE_ROW));
            if (next != null) {
                fits.add(Defect.CORRECTED_LATER);
            }
            Defect defect = dirt.row(SOURCE + "/" + REPORT, fileIndex, row++, fits);
            Object[] values = {o.code, year - 1, o.secretaryId, score, grade};
            rows += defects.put(s, file, values, defect, key, 3, 4, next);
        }
        tally.add("evaluations/" + REPORT, rows);
    }

    private void assessments(Workbook wb, String file, int year, LocalDate snapshot, int fileIndex, String next) {
        Workbook.SheetWriter s = wb.sheet(ASSESS);
        List<String> header = new ArrayList<>(ASSESS_HEADER);
        boolean extra = dirt.file(SOURCE + "/" + ASSESS, Defect.EXTRA_COLUMN, fileIndex, 1);
        if (extra) {
            header.add("备注");
            manifest.file(SOURCE, file, ASSESS, Defect.EXTRA_COLUMN, "a 备注 column after 得分");
        }
        s.header(header);
        long rows = 0;
        long row = 0;
        List<LocalDate> days = issueDays(year);
        for (int q = 0; q < 4; q++) {
            if (days.get(q).isAfter(snapshot)) {
                break;
            }
            YearMonth quarterEnd = q == 0 ? YearMonth.of(year - 1, 12) : YearMonth.of(year, q * 3);
            String quarter = quarterEnd.getYear() + "Q" + ((quarterEnd.getMonthValue() - 1) / 3 + 1);
            for (Org o : d.orgs) {
                if (o.type.equals(Org.COMMITTEE) || !o.existsOn(quarterEnd.atEndOfMonth()) || !o.existsOn(days.get(q))) {
                    continue;
                }
                double score = score(o, quarterEnd.getYear() * 100L + quarterEnd.getMonthValue(), quarterEnd);
                List<Defect> fits = new ArrayList<>(List.of(Defect.UNKNOWN_ORG, Defect.DATE_SHAPE, Defect.FULL_WIDTH,
                        Defect.TRAILING_SPACE, Defect.DUPLICATE_ROW));
                if (next != null) {
                    fits.add(Defect.CORRECTED_LATER);
                }
                Defect defect = dirt.row(SOURCE + "/" + ASSESS, fileIndex, row++, fits);
                Object[] values = extra ? new Object[]{o.code, quarter, score, o.profile == Profile.LAX ? "需整改" : ""}
                        : new Object[]{o.code, quarter, score};
                rows += defects.put(s, file, values, defect, o.code + "+" + quarter, 2, 1, next);
            }
        }
        tally.add("evaluations/" + ASSESS, rows);
    }

    private void reviews(Workbook wb, String file, int year, LocalDate snapshot, int fileIndex, boolean emptySheet,
                         boolean reissued) {
        Workbook.SheetWriter s = wb.sheet(REVIEW);
        titleIfMerged(s, file, fileIndex + 1000, REVIEW_HEADER.size());
        s.header(REVIEW_HEADER);
        // only a file that a later version replaces may arrive empty: otherwise the year's reviews would be lost
        boolean empty = dirt.enabled() && (emptySheet || reissued && dirt.file(SOURCE + "/" + REVIEW, Defect.EMPTY_SHEET, fileIndex, -1));
        if (empty) {
            manifest.file(SOURCE, file, REVIEW, Defect.EMPTY_SHEET, "header only: the year's reviews are missing");
            return;
        }
        if (LocalDate.of(year, 1, 15).isAfter(snapshot)) {
            return;
        }
        LocalDate yearEnd = LocalDate.of(year - 1, 12, 31);
        int endDay = Member.day(yearEnd);
        long rows = 0;
        long row = 0;
        for (Member x : d.members) {
            if (x.orgOn(endDay) < 0 || x.joinedOn.isAfter(yearEnd)) {
                continue;
            }
            double u = Rng.unit(d.seed, Rng.EVALUATIONS, x.index, year);
            double excellent = 0.06 + 0.16 * Math.min(1, x.engagement);
            String grade = u < excellent ? "优秀" : u < 0.955 ? "合格" : u < 0.993 ? "基本合格" : "不合格";
            Defect defect = dirt.row(SOURCE + "/" + REVIEW, fileIndex, row++, List.of(Defect.UNKNOWN_MEMBER,
                    Defect.UNKNOWN_CODE, Defect.TRAILING_SPACE, Defect.DUPLICATE_ROW));
            rows += defects.put(s, file, new Object[]{x.id, year - 1, grade}, defect, x.id + "+" + (year - 1), -1, 2, null);
        }
        tally.add("evaluations/" + REVIEW, rows);
    }

    private void titleIfMerged(Workbook.SheetWriter s, String file, int fileIndex, int columns) {
        if (dirt.file(SOURCE + "/" + s.name(), Defect.MERGED_HEADER, fileIndex, -1)) {
            s.title(s.name() + "结果（考核办印发）", columns);
            manifest.file(SOURCE, file, s.name(), Defect.MERGED_HEADER, "a title row merged across the columns above the header");
        }
    }

    /** A score around the profile's level at that time, one decimal. */
    private double score(Org o, long period, YearMonth at) {
        SplittableRandom r = Rng.stream(d.seed, Rng.EVALUATIONS, o.index * 1_000_000L + period);
        double s = o.profile.evaluationMean(d.history.progress(at)) + (r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5) * 6;
        return Math.round(Math.max(35, Math.min(99.5, s)) * 10) / 10.0;
    }

    static String grade(double score) {
        return score >= 90 ? "好" : score >= 80 ? "较好" : score >= 65 ? "一般" : "差";
    }

    /** The next version number for {@code year} in the inbox (1 when none was issued). */
    int nextVersion(int year) {
        int v = 1;
        while (Files.exists(folder.resolve(fileName(year, v)))) {
            v++;
        }
        return v;
    }
}
