package com.dangjian.jobs.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import com.dangjian.ingestion.registry.RegistrySchema;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small sample department for the demo: one committee, three general branches and 24 branches with
 * distinct habits (see {@link Profile}), members with transfers, and two years of monthly meeting exports
 * with the dirt real exports carry (a line that is not JSON, an unknown type, a re-sent correction, a
 * withdrawn meeting). Deterministic for a seed. The full generator at any scale is issue 2.
 */
public final class SampleDepartment {

    static final Profile[] BRANCH_PROFILES = {
            Profile.EXEMPLARY, Profile.EXEMPLARY, Profile.EXEMPLARY, Profile.EXEMPLARY,
            Profile.AVERAGE, Profile.AVERAGE, Profile.AVERAGE, Profile.AVERAGE, Profile.AVERAGE, Profile.AVERAGE,
            Profile.LAX, Profile.LAX, Profile.LAX, Profile.DECLINING, Profile.DECLINING, Profile.IMPROVING,
            Profile.IMPROVING, Profile.QUARTER_END_RUSH, Profile.QUARTER_END_RUSH, Profile.OVERDUE_ELECTION,
            Profile.OVERDUE_ELECTION, Profile.DISSOLVED_MID_YEAR, Profile.FOUNDED_MID_YEAR, Profile.SMALL};
    static final String[] CATEGORIES = {"ORGAN", "INSTITUTION", "RETIREE"};
    static final String[] DEPARTMENTS = {"办公室", "政策法规处", "财务处", "人事处", "信息中心", "离退休干部处"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

    private final Random random;
    private final LocalDate asOf;
    private final int months;
    private final ObjectMapper json = new ObjectMapper();

    public SampleDepartment(long seed, LocalDate asOf, int months) {
        this.random = new Random(seed);
        this.asOf = asOf;
        this.months = months;
    }

    record Branch(String code, String name, Profile profile, String category, LocalDate established, LocalDate dissolved,
                  List<String> members, List<String> groups) {
    }

    /** Creates the registry tables in {@code registry} and writes meeting exports under {@code inbox/meetings}. */
    public List<Branch> write(DataSource registry, Path inbox) {
        RegistrySchema.create(registry);
        JdbcTemplate jdbc = new JdbcTemplate(registry);
        LocalDate start = YearMonth.from(asOf).minusMonths(months - 1L).atDay(1);
        Timestamp updated = Timestamp.valueOf(asOf.atTime(20, 0));
        org(jdbc, "D01", "厅机关党委", "COMMITTEE", null, "机关党委", "ORGAN", start.minusYears(10), null,
                asOf.minusYears(3).minusMonths(2), 5, updated);
        for (int g = 1; g <= 3; g++) {
            org(jdbc, "D01-G" + g, "第" + "一二三".charAt(g - 1) + "党总支", "GENERAL_BRANCH", "D01", DEPARTMENTS[g],
                    CATEGORIES[g - 1], start.minusYears(8), null, asOf.minusMonths(10 + 7L * g), 3, updated);
        }
        List<Branch> branches = new ArrayList<>();
        int memberSeq = 0;
        for (int b = 0; b < BRANCH_PROFILES.length; b++) {
            Profile profile = BRANCH_PROFILES[b];
            String code = String.format("D01-B%02d", b + 1);
            String category = CATEGORIES[b % 3];
            LocalDate established = profile == Profile.FOUNDED_MID_YEAR ? asOf.minusMonths(7).withDayOfMonth(15) : start.minusYears(5);
            LocalDate dissolved = profile == Profile.DISSOLVED_MID_YEAR ? asOf.minusMonths(9).withDayOfMonth(10) : null;
            LocalDate elected = profile == Profile.OVERDUE_ELECTION ? asOf.minusYears(3).minusMonths(4 + b % 5)
                    : asOf.minusMonths(2 + random.nextInt(30));
            int size = profile == Profile.SMALL ? 5 : 8 + random.nextInt(28);
            List<String> members = new ArrayList<>();
            String name = DEPARTMENTS[b % DEPARTMENTS.length] + "第" + (b / DEPARTMENTS.length + 1) + "党支部（" + profile.label() + "）";
            List<String> groups = new ArrayList<>();
            int groupCount = size >= 15 ? 2 : 0;
            for (int g = 1; g <= groupCount; g++) {
                groups.add(code + "-G" + g);
            }
            for (int i = 0; i < size; i++) {
                String id = String.format("P%05d", ++memberSeq);
                boolean probationary = profile == Profile.SMALL ? i >= 4 : random.nextInt(12) == 0;
                LocalDate joined = probationary ? asOf.minusMonths(3 + random.nextInt(8)) : asOf.minusYears(2 + random.nextInt(25));
                member(jdbc, id, joined, probationary ? null : joined.plusYears(1), code,
                        groups.isEmpty() ? null : groups.get(i % groups.size()), "RETIREE".equals(category), updated);
                members.add(id);
            }
            org(jdbc, code, name, "BRANCH", "D01-G" + (b % 3 + 1), DEPARTMENTS[b % DEPARTMENTS.length], category,
                    established, dissolved, elected, 3, updated);
            jdbc.update("UPDATE org_unit SET secretary_member_id = ? WHERE org_code = ?", members.get(0), code);
            for (String group : groups) {
                jdbc.update("INSERT INTO party_group VALUES (?,?,?,?,?,?)", group, code, "第" + group.substring(group.length() - 1) + "党小组",
                        members.get(groups.indexOf(group)), null, updated);
            }
            branches.add(new Branch(code, name, profile, category, established, dissolved, members, groups));
        }
        transfers(jdbc, branches, updated);
        writeMeetings(branches, inbox.resolve("meetings"), start);
        return branches;
    }

    /** Two members move between branches mid-window: history in member_transfer, registry shows the new branch. */
    private void transfers(JdbcTemplate jdbc, List<Branch> branches, Timestamp updated) {
        for (int t = 0; t < 2; t++) {
            Branch from = branches.get(4 + t);
            Branch to = branches.get(8 + t);
            String member = from.members().get(from.members().size() - 1);
            LocalDate on = asOf.minusMonths(6 + t).withDayOfMonth(16);
            jdbc.update("INSERT INTO member_transfer VALUES (?,?,?,?,?,?)", "T" + (t + 1), member, from.code(), to.code(),
                    Date.valueOf(on), updated);
            jdbc.update("UPDATE party_member SET org_code = ?, group_code = NULL WHERE member_id = ?", to.code(), member);
        }
    }

    private void org(JdbcTemplate jdbc, String code, String name, String type, String parent, String dept, String category,
                     LocalDate established, LocalDate dissolved, LocalDate elected, int term, Timestamp updated) {
        jdbc.update("INSERT INTO org_unit VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", code, name, type, parent, dept, category,
                "PROVINCE", Date.valueOf(established), dissolved == null ? null : Date.valueOf(dissolved),
                Date.valueOf(elected), term, null, updated);
    }

    private void member(JdbcTemplate jdbc, String id, LocalDate joined, LocalDate full, String org, String group,
                        boolean retired, Timestamp updated) {
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
        LocalDate birth = LocalDate.of(retired ? 1940 + random.nextInt(20) : 1965 + random.nextInt(35), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        String idCard = String.format("2101%02d%s%04d", random.nextInt(99), birth.toString().replace("-", ""), random.nextInt(10000));
        jdbc.update("INSERT INTO party_member VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", id, name, idCard.substring(0, 18),
                random.nextBoolean() ? "M" : "F", Date.valueOf(birth), Date.valueOf(joined),
                full == null ? null : Date.valueOf(full), full == null ? "PROBATIONARY" : "FULL", org, group,
                retired ? "RETIRED" : "EMPLOYED", updated);
    }

    private void writeMeetings(List<Branch> branches, Path folder, LocalDate start) {
        Map<YearMonth, List<String>> exports = new LinkedHashMap<>();
        int seq = 0;
        for (int i = 0; i < months; i++) {
            YearMonth month = YearMonth.from(start).plusMonths(i);
            List<String> lines = exports.computeIfAbsent(month, k -> new ArrayList<>());
            boolean quarterEnd = month.getMonthValue() % 3 == 0;
            for (Branch b : branches) {
                if (b.established().isAfter(month.atDay(1)) || (b.dissolved() != null && !b.dissolved().isAfter(month.atDay(1)))) {
                    continue;
                }
                double p = b.profile().chance(i, months, quarterEnd);
                if (random.nextDouble() < p) {
                    lines.add(meeting(++seq, b, "COMMITTEE", month, null, false));
                }
                if (random.nextDouble() < p) {
                    lines.add(meeting(++seq, b, "THEME_DAY", month, null, false));
                }
                for (String group : b.groups()) {
                    if (random.nextDouble() < p) {
                        lines.add(meeting(++seq, b, "GROUP", month, group, false));
                    }
                }
                boolean assemblyMonth = b.profile() == Profile.QUARTER_END_RUSH ? quarterEnd : (month.getMonthValue() % 3 == 2);
                if (assemblyMonth && random.nextDouble() < Math.min(1, p + 0.1)) {
                    lines.add(meeting(++seq, b, "BRANCH_ASSEMBLY", month, null, b.profile() == Profile.QUARTER_END_RUSH));
                    lines.add(meeting(++seq, b, "LECTURE", month, null, false));
                }
            }
        }
        addDirt(exports, branches);
        try {
            Files.createDirectories(folder);
            for (Map.Entry<YearMonth, List<String>> e : exports.entrySet()) {
                LocalDate exportDay = e.getKey().plusMonths(1).atDay(1);
                Path file = folder.resolve("meetings-" + exportDay.toString().replace("-", "") + "-020000.jsonl");
                Files.writeString(file, String.join("\n", e.getValue()) + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write sample meetings to " + folder, ex);
        }
    }

    /** What real exports carry: a broken line, an unknown type, a correction re-sent later, a withdrawn meeting. */
    private void addDirt(Map<YearMonth, List<String>> exports, List<Branch> branches) {
        List<YearMonth> keys = new ArrayList<>(exports.keySet());
        exports.get(keys.get(1)).add("{\"meeting_id\":\"M-BROKEN\",\"org_code\":\"D01-B01\",\"type\":");
        ObjectNode unknown = node("M-UNKNOWN-TYPE", branches.get(0), "PARTY_PICNIC", keys.get(2).atDay(12).atTime(15, 0), null);
        exports.get(keys.get(2)).add(unknown.toString());
        exports.get(keys.get(3)).add("");
        // A lax branch's committee meeting first sent in the wrong month, then corrected in the next export.
        Branch lax = branches.get(10);
        ObjectNode wrong = node("M-CORRECTED", lax, "COMMITTEE", keys.get(4).atDay(3).atTime(9, 0), null);
        exports.get(keys.get(4)).add(wrong.toString());
        ObjectNode corrected = node("M-CORRECTED", lax, "COMMITTEE", keys.get(5).atDay(28).atTime(9, 0), null);
        corrected.put("updated_at", keys.get(5).atDay(28).atTime(20, 0) + ":00+08:00");
        exports.get(keys.get(5)).add(corrected.toString());
        // A theme day recorded, then withdrawn by the branch.
        ObjectNode withdrawn = node("M-WITHDRAWN", lax, "THEME_DAY", keys.get(6).atDay(20).atTime(9, 0), null);
        exports.get(keys.get(6)).add(withdrawn.toString());
        withdrawn.put("deleted", true);
        withdrawn.put("updated_at", keys.get(7).atDay(2).atTime(10, 0) + ":00+08:00");
        exports.get(keys.get(7)).add(withdrawn.toString());
    }

    private String meeting(int seq, Branch b, String type, YearMonth month, String group, boolean lastWeek) {
        int day = lastWeek ? month.lengthOfMonth() - random.nextInt(6) : 1 + random.nextInt(month.lengthOfMonth());
        LocalDateTime at = month.atDay(day).atTime(9 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
        return node(String.format("M-%06d", seq), b, type, at, group).toString();
    }

    private ObjectNode node(String id, Branch b, String type, LocalDateTime at, String group) {
        ObjectNode n = json.createObjectNode();
        n.put("meeting_id", id);
        n.put("org_code", b.code());
        n.put("group_code", group);
        n.put("type", type);
        n.put("held_at", at + ":00+08:00");
        n.put("topic", "学习贯彻党的二十大精神");
        n.putNull("lecturer_member_id");
        var expected = n.putArray("expected");
        var present = n.putArray("present");
        var leave = n.putArray("on_leave");
        for (String m : b.members()) {
            expected.add(m);
            double r = random.nextDouble();
            if (r < 0.85) {
                present.add(m);
            } else if (r < 0.95) {
                leave.add(m);
            }
        }
        if (type.equals("LECTURE")) {
            n.put("lecturer_member_id", b.members().get(0));
        }
        n.put("minutes_recorded", random.nextDouble() < 0.9);
        n.put("updated_at", at.plusHours(3) + ":00+08:00");
        n.put("deleted", false);
        return n;
    }
}
