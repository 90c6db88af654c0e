package com.dangjian.samples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * S2: {@code inbox/meetings/meetings-YYYYMMDD-HHMMSS.jsonl}, UTF-8 JSON Lines. The base generation writes one
 * export per month of history (stamped the month's last shown day, 22:00) with the records created or changed in
 * it; a later night writes one for its day. Corrections re-send a record with a newer {@code updated_at}; an
 * entry made twice by mistake is withdrawn in the next export ({@code "deleted": true}).
 */
final class MeetingExports {

    static final String SOURCE = "meetings";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+08:00'");
    static final String[] UNKNOWN_TYPES = {"PARTY_PICNIC", "STUDY_TOUR", "主题党日活动"};

    private final Department d;
    private final Dirt dirt;
    private final DirtManifest manifest;
    private final Tally tally;
    private final Path folder;
    /** meeting_id counters per year (M-YYYY-NNNNNN), carried between nights in the generator state. */
    final Map<Integer, Integer> seq;
    private int dirtSeq;
    /** Lines due in the next export: corrections and withdrawals of this one's records. */
    private List<String> carried = new ArrayList<>();
    /** Up to three records of the latest export that a later night re-sends corrected. */
    final List<String> correctable = new ArrayList<>();

    MeetingExports(Department d, Dirt dirt, DirtManifest manifest, Tally tally, Path inbox, Map<Integer, Integer> seq,
                   int dirtSeq) {
        this.d = d;
        this.dirt = dirt;
        this.manifest = manifest;
        this.tally = tally;
        this.folder = inbox.resolve(SOURCE);
        this.seq = new TreeMap<>(seq);
        this.dirtSeq = dirtSeq;
    }

    int dirtSeq() {
        return dirtSeq;
    }

    static String fileName(LocalDateTime exportTime) {
        return "meetings-" + exportTime.format(STAMP) + ".jsonl";
    }

    /** The base history: one export per month. */
    void writeHistory(MeetingPlan plan, Progress progress) {
        History h = d.history;
        for (int k = 0; k < h.months(); k++) {
            YearMonth m = h.month(k);
            LocalDate last = h.lastShownDay(m);
            List<MeetingPlan.Planned> records = new ArrayList<>();
            for (Org b : d.orgs) {
                for (MeetingPlan.Planned p : plan.month(b, m)) {
                    if (!p.heldAt().toLocalDate().isAfter(last)) {
                        records.add(p);
                    }
                }
            }
            LocalDateTime exportTime = last.atTime(22, 0);
            String next = k + 1 < h.months() ? fileName(h.lastShownDay(h.month(k + 1)).atTime(22, 0)) : null;
            export(exportTime, records, k, next, List.of());
            progress.step(SOURCE, k + 1, h.months());
        }
    }

    /**
     * Writes one export. {@code nextFile} names the export that will carry corrections of this one (null when
     * none follows in this run); {@code resent} are earlier records re-sent corrected (already serialised).
     */
    String export(LocalDateTime exportTime, List<MeetingPlan.Planned> records, int fileIndex, String nextFile,
                  List<String> resent) {
        String name = fileName(exportTime);
        int forced = Math.min(1, d.history.months() - 1);
        List<String> carry = new ArrayList<>();
        correctable.clear();
        long written = 0;
        try (TextFile f = new TextFile(folder.resolve(name), StandardCharsets.UTF_8, false, "\n")) {
            for (String line : carried) {
                f.line(line);
                written++;
            }
            for (String line : resent) {
                f.line(line);
                written++;
            }
            int row = 0;
            for (MeetingPlan.Planned p : records) {
                int year = p.heldAt().getYear();
                int n = seq.merge(year, 1, Integer::sum);
                String id = String.format("M-%d-%06d", year, n);
                LocalDateTime updated = p.heldAt().plusHours(1 + (p.salt() % 29));
                if (updated.isAfter(exportTime.minusMinutes(5))) {
                    updated = exportTime.minusMinutes(5 + p.salt() % 50);
                }
                if (updated.isBefore(p.heldAt())) {
                    updated = p.heldAt();
                }
                String json = json(p, id, p.branch().code, p.type(), p.heldAt(), updated, false);
                List<Defect> fits = nextFile == null
                        ? List.of(Defect.INVALID_JSON, Defect.UNKNOWN_ORG, Defect.UNKNOWN_CODE, Defect.TRAILING_SPACE,
                        Defect.BLANK_LINE, Defect.DUPLICATE_ROW)
                        : List.of(Defect.INVALID_JSON, Defect.UNKNOWN_ORG, Defect.UNKNOWN_CODE, Defect.TRAILING_SPACE,
                        Defect.BLANK_LINE, Defect.DUPLICATE_ROW, Defect.CORRECTED_LATER);
                Defect defect = dirt.row(SOURCE, fileIndex, row++, fits);
                written += write(f, p, id, json, updated, defect, nextFile, carry);
                if (nextFile != null && Rng.unit(d.seed, Rng.MEETINGS + 50, p.salt(), 1) < 0.002) {
                    // entered twice by mistake; the branch withdraws the second entry in the next export
                    String twinId = dirtId(year);
                    f.line(json(p, twinId, p.branch().code, p.type(), p.heldAt(), updated, false));
                    carry.add(json(p, twinId, p.branch().code, p.type(), p.heldAt(), updated.plusDays(3), true));
                    written++;
                }
                if (correctable.size() < 3 && json.contains("\"minutes_recorded\":false")) {
                    correctable.add(json); // minutes not yet uploaded: a later night sends the record again with them
                }
            }
            if (dirt.file(SOURCE, Defect.TRUNCATED_LINE, fileIndex, forced) && !records.isEmpty()) {
                MeetingPlan.Planned p = records.get(records.size() - 1);
                String id = dirtId(p.heldAt().getYear());
                String json = json(p, id, p.branch().code, p.type(), p.heldAt(), p.heldAt().plusHours(2), false);
                int line = f.unterminated(json.substring(0, json.length() * 2 / 3));
                manifest.line(SOURCE, name, line, Defect.TRUNCATED_LINE, id, "last line cut at two thirds, no line end");
                written++;
            }
        }
        tally.add("meetings/meeting", written);
        carried = carry;
        return name;
    }

    /** Writes a record with its defect (if any); returns the number of lines written. */
    private int write(TextFile f, MeetingPlan.Planned p, String id, String json, LocalDateTime updated, Defect defect,
                      String nextFile, List<String> carry) {
        String name = f.name();
        if (defect == null) {
            f.line(json);
            return 1;
        }
        switch (defect) {
            case BLANK_LINE -> {
                return f.blankLineThen(json, manifest, SOURCE, "empty line between records");
            }
            case DUPLICATE_ROW -> {
                return f.twice(json, manifest, SOURCE, id, "line");
            }
            case TRAILING_SPACE -> {
                int line = f.line(json(p, id, p.branch().code + "  ", p.type(), p.heldAt(), updated, false));
                manifest.line(SOURCE, name, line, defect, id, "org_code with two trailing spaces");
                return 1;
            }
            case CORRECTED_LATER -> {
                LocalDateTime wrong = p.heldAt().getDayOfMonth() > 1 ? p.heldAt().minusDays(1) : p.heldAt().plusDays(1);
                int line = f.line(json(p, id, p.branch().code, p.type(), wrong, updated, false));
                YearMonth next = YearMonth.from(p.heldAt()).plusMonths(1);
                LocalDateTime fixedAt = next.atDay(2).atTime(10, 0).plusMinutes(p.salt() % 300);
                carry.add(json(p, id, p.branch().code, p.type(), p.heldAt(), fixedAt, false));
                manifest.line(SOURCE, name, line, defect, id, "held_at " + wrong.format(ISO) + " corrected to "
                        + p.heldAt().format(ISO) + " in " + nextFile);
                return 1;
            }
            default -> {
                // the rejected kinds are extra records (their own ids), so the true records all still arrive
                f.line(json);
                String extra = dirtId(p.heldAt().getYear());
                String text;
                String detail;
                if (defect == Defect.INVALID_JSON) {
                    String full = json(p, extra, p.branch().code, p.type(), p.heldAt(), updated, false);
                    text = full.substring(0, full.length() / 2) + "\",,}";
                    detail = "record cut in the middle and closed badly";
                } else if (defect == Defect.UNKNOWN_ORG) {
                    String org = d.unknownOrgCode(dirtSeq);
                    text = json(p, extra, org, p.type(), p.heldAt(), updated, false);
                    detail = "org_code " + org + " is not in the registry";
                } else {
                    String type = UNKNOWN_TYPES[dirt.variant(p.salt(), 3, UNKNOWN_TYPES.length)];
                    text = json(p, extra, p.branch().code, type, p.heldAt(), updated, false);
                    detail = "type " + type + " is not a meeting type";
                }
                int line = f.line(text);
                manifest.line(SOURCE, name, line, defect, extra, detail);
                return 2;
            }
        }
    }

    private String dirtId(int year) {
        return String.format("M-%d-D%05d", year, ++dirtSeq);
    }

    String json(MeetingPlan.Planned p, String id, String orgCode, String type, LocalDateTime heldAt, LocalDateTime updated,
                boolean deleted) {
        Org b = p.branch();
        YearMonth month = YearMonth.from(p.heldAt());
        int monthIndex = (int) d.history.firstMonth().until(month, ChronoUnit.MONTHS);
        double t = d.history.progress(month);
        StringBuilder s = new StringBuilder(512);
        s.append("{\"meeting_id\":\"").append(id).append("\",\"org_code\":");
        Json.quote(s, orgCode);
        s.append(",\"group_code\":");
        s.append(p.group() < 0 ? "null" : "\"" + b.groups.get(p.group()).code() + "\"");
        s.append(",\"type\":");
        Json.quote(s, type);
        s.append(",\"held_at\":\"").append(heldAt.format(ISO)).append("\",\"topic\":");
        Json.quote(s, topic(p));
        s.append(",\"lecturer_member_id\":").append(p.lecturerId() == null ? "null" : "\"" + p.lecturerId() + "\"");
        List<Member> expected;
        if (p.talkers() != null) {
            expected = p.talkers();
        } else {
            expected = d.membersOn(b, Member.day(p.heldAt().toLocalDate()));
            if (p.group() >= 0) {
                int day = Member.day(p.heldAt().toLocalDate());
                expected.removeIf(m -> m.groupOn(day) != p.group());
            }
        }
        StringBuilder present = new StringBuilder();
        StringBuilder leave = new StringBuilder();
        s.append(",\"expected\":[");
        double engagement = b.profile.engagement(t);
        for (int i = 0; i < expected.size(); i++) {
            Member m = expected.get(i);
            s.append(i == 0 ? "" : ",").append('"').append(m.id).append('"');
            double u = Rng.unit(d.seed, Rng.ATTENDANCE, p.salt(), m.index);
            double attend = p.talkers() != null ? 1 : m.absentIn(monthIndex) ? 0
                    : Math.max(0.3, Math.min(0.98, 0.42 + 0.55 * m.engagement * engagement));
            StringBuilder into = u < attend ? present : u < attend + 0.6 * (1 - attend) ? leave : null;
            if (into != null) {
                into.append(into.length() == 0 ? "" : ",").append('"').append(m.id).append('"');
            }
        }
        s.append("],\"present\":[").append(present).append("],\"on_leave\":[").append(leave).append(']');
        boolean minutes = Rng.unit(d.seed, Rng.ATTENDANCE, p.salt(), -1) < 0.55 + 0.45 * b.profile.diligence(t);
        s.append(",\"minutes_recorded\":").append(minutes);
        s.append(",\"updated_at\":\"").append(updated.format(ISO)).append("\",\"deleted\":").append(deleted).append('}');
        return s.toString();
    }

    private static String topic(MeetingPlan.Planned p) {
        int k = (int) (p.salt() % 97);
        return switch (p.type()) {
            case "COMMITTEE" -> MeetingPlan.TOPICS_COMMITTEE[k % MeetingPlan.TOPICS_COMMITTEE.length];
            case "THEME_DAY" -> MeetingPlan.TOPICS_THEME[k % MeetingPlan.TOPICS_THEME.length];
            case "LECTURE" -> "专题党课：" + MeetingPlan.TOPICS_LECTURE[k % MeetingPlan.TOPICS_LECTURE.length];
            case "BRANCH_ASSEMBLY" -> "支部党员大会：通报季度工作";
            case "GROUP" -> "党小组学习：" + MeetingPlan.TOPICS_LECTURE[k % MeetingPlan.TOPICS_LECTURE.length];
            case "ORG_LIFE" -> "年度组织生活会";
            case "DEMOCRATIC_REVIEW" -> "民主评议党员";
            case "TALK" -> "谈心谈话";
            case "VOLUNTEER" -> "志愿服务：社区文明实践";
            default -> "双联系：走访基层单位";
        };
    }
}
