package com.dangjian.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each profile shows in the data the way an analyst would look for it, read back from the files and the registry
 * (not from the model). SF 0.05: about 250 members in 9 branches, one of each profile.
 */
class GeneratorProfilesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String REGISTRY = GeneratorFixtures.memoryRegistry("profiles");
    static final Set<String> ORG_LIFE_TYPES = Set.of("COMMITTEE", "THEME_DAY", "GROUP", "BRANCH_ASSEMBLY", "LECTURE");

    @TempDir
    static Path tmp;
    static Path out;
    static Map<String, String> profiles = new TreeMap<>();
    static Set<String> small = new java.util.HashSet<>();
    /** Latest version of each meeting (not deleted): org_code, type, held month. */
    static Map<String, String[]> meetings = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        out = tmp.resolve("sample");
        GeneratorFixtures.generate(out, REGISTRY, 0.05, 0.002);
        JsonNode summary = JSON.readTree(out.resolve(GenerationSummary.FILE).toFile());
        summary.get("profiles").fields().forEachRemaining(e -> profiles.put(e.getKey(), e.getValue().asText()));
        summary.get("organisations").forEach(o -> {
            if (o.get("small").asBoolean()) {
                small.add(o.get("org_code").asText());
            }
        });
        Map<String, String> updated = new HashMap<>();
        try (Stream<Path> files = Files.list(out.resolve("inbox/meetings"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : GeneratorFixtures.lines(f)) {
                    JsonNode n;
                    try {
                        n = JSON.readTree(line);
                    } catch (IOException notJson) {
                        continue;
                    }
                    if (n == null || !n.has("meeting_id")) {
                        continue;
                    }
                    String id = n.get("meeting_id").asText();
                    String at = n.get("updated_at").asText();
                    if (updated.containsKey(id) && updated.get(id).compareTo(at) > 0) {
                        continue;
                    }
                    updated.put(id, at);
                    if (n.get("deleted").asBoolean()) {
                        meetings.remove(id);
                    } else {
                        meetings.put(id, new String[]{n.get("org_code").asText().strip(), n.get("type").asText(),
                                YearMonth.from(OffsetDateTime.parse(n.get("held_at").asText())).toString()});
                    }
                }
            }
        }
    }

    static List<String> branches(String profile) {
        List<String> out = new ArrayList<>();
        profiles.forEach((code, p) -> {
            if (p.equals(profile) && code.contains("-B")) {
                out.add(code);
            }
        });
        assertThat(out).as("branches with profile " + profile).isNotEmpty();
        return out;
    }

    static long count(String org, String type, String month) {
        return meetings.values().stream().filter(m -> m[0].equals(org) && (type == null ? ORG_LIFE_TYPES.contains(m[1])
                : m[1].equals(type)) && (month == null || m[2].equals(month))).count();
    }

    static List<String> months() {
        List<String> out = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2023, 11); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            out.add(m.toString());
        }
        return out;
    }

    @Test
    void laxBranchesMissCommitteeMeetingsInMostMonthsWhileExemplaryOnesHoldThem() {
        for (String b : branches("LAX")) {
            long held = months().stream().filter(m -> count(b, "COMMITTEE", m) > 0).count();
            assertThat(held).as(b + " months with a committee meeting").isLessThan(months().size() / 2);
        }
        for (String b : branches("EXEMPLARY")) {
            if (small.contains(b)) {
                assertThat(count(b, "COMMITTEE", null)).as(b + " has no committee").isZero();
                continue;
            }
            long held = months().stream().filter(m -> count(b, "COMMITTEE", m) > 0).count();
            assertThat(held).as(b + " months with a committee meeting").isGreaterThan(months().size() * 8 / 10);
        }
    }

    @Test
    void theOverdueElectionBranchesTermRanOutBeforeTheAsOfDate() {
        for (String b : branches("OVERDUE_ELECTION")) {
            String v = GeneratorFixtures.column(REGISTRY, "SELECT committee_elected_on || '|' || term_years FROM org_unit WHERE org_code = '"
                    + b + "'").iterator().next();
            LocalDate elected = LocalDate.parse(v.split("\\|")[0]);
            assertThat(elected.plusYears(Integer.parseInt(v.split("\\|")[1]))).isBefore(GeneratorFixtures.AS_OF);
        }
        assertThat(GeneratorFixtures.column(REGISTRY, "SELECT org_code FROM org_unit WHERE committee_elected_on IS NULL")).isEmpty();
    }

    @Test
    void chronicArrearsBranchesHaveMembersUnpaidSixMonthsRunning() throws IOException {
        Map<String, List<String>> unpaid = new HashMap<>();
        for (String month : months()) {
            Path f = out.resolve("inbox/dues/dues-" + month.replace("-", "") + ".csv");
            for (String line : GeneratorFixtures.lines(f)) {
                String[] c = line.split(",", -1);
                if (c.length == 7 && c[2].equals(month) && c[5].isEmpty()) {
                    unpaid.computeIfAbsent(c[0].strip() + "|" + c[1].strip(), k -> new ArrayList<>()).add(month);
                }
            }
        }
        for (String b : branches("CHRONIC_ARREARS")) {
            long streaking = unpaid.entrySet().stream().filter(e -> e.getKey().endsWith("|" + b))
                    .filter(e -> longestRun(e.getValue()) >= 6).count();
            assertThat(streaking).as(b + " members with 6 consecutive unpaid months").isGreaterThan(0);
        }
    }

    static int longestRun(List<String> months) {
        int best = 0, run = 0;
        YearMonth prev = null;
        for (String m : months) {
            YearMonth ym = YearMonth.parse(m);
            run = prev != null && ym.equals(prev.plusMonths(1)) ? run + 1 : 1;
            best = Math.max(best, run);
            prev = ym;
        }
        return best;
    }

    @Test
    void quarterEndRushBranchesHoldMostMeetingsInTheLastMonthOfQuarters() {
        for (String b : branches("QUARTER_END_RUSH")) {
            long all = count(b, null, null);
            long quarterEnds = months().stream().filter(m -> Integer.parseInt(m.substring(5)) % 3 == 0).mapToLong(m -> count(b, null, m)).sum();
            assertThat(all).isGreaterThan(20);
            assertThat(quarterEnds).as(b).isGreaterThan(all * 8 / 10);
        }
        for (String b : branches("EXEMPLARY")) {
            long all = count(b, null, null);
            long quarterEnds = months().stream().filter(m -> Integer.parseInt(m.substring(5)) % 3 == 0).mapToLong(m -> count(b, null, m)).sum();
            assertThat(quarterEnds).as(b).isLessThan(all * 6 / 10);
        }
    }

    @Test
    void decliningBranchesHoldFewerMeetingsInTheLastYearThanTheFirstAndImprovingOnesMore() {
        List<String> months = months();
        for (String b : branches("DECLINING")) {
            long first = months.subList(0, 12).stream().mapToLong(m -> count(b, null, m)).sum();
            long last = months.subList(24, 36).stream().mapToLong(m -> count(b, null, m)).sum();
            assertThat(last).as(b).isLessThan(first * 3 / 4);
        }
        for (String b : branches("IMPROVING")) {
            long first = months.subList(0, 12).stream().mapToLong(m -> count(b, null, m)).sum();
            long last = months.subList(24, 36).stream().mapToLong(m -> count(b, null, m)).sum();
            assertThat(last).as(b).isGreaterThan(first * 4 / 3);
        }
    }

    @Test
    void oneBranchIsDissolvedAndOneFoundedMidYear() {
        for (String b : branches("DISSOLVED_MID_YEAR")) {
            LocalDate dissolved = LocalDate.parse(GeneratorFixtures.column(REGISTRY,
                    "SELECT dissolved_on FROM org_unit WHERE org_code = '" + b + "'").iterator().next());
            assertThat(dissolved.getMonthValue()).isBetween(5, 8);
            assertThat(meetings.values()).noneMatch(m -> m[0].equals(b) && m[2].compareTo(YearMonth.from(dissolved).toString()) > 0);
            assertThat(GeneratorFixtures.column(REGISTRY, "SELECT member_id FROM party_member WHERE status <> 'LEFT' AND org_code = '" + b + "'"))
                    .as("nobody left in the dissolved branch").isEmpty();
        }
        for (String b : branches("FOUNDED_MID_YEAR")) {
            LocalDate founded = LocalDate.parse(GeneratorFixtures.column(REGISTRY,
                    "SELECT established_on FROM org_unit WHERE org_code = '" + b + "'").iterator().next());
            assertThat(founded.getMonthValue()).isBetween(5, 8);
            assertThat(meetings.values()).noneMatch(m -> m[0].equals(b) && m[2].compareTo(YearMonth.from(founded).toString()) < 0);
            assertThat(GeneratorFixtures.column(REGISTRY, "SELECT member_id FROM member_transfer WHERE to_org_code = '" + b + "'"))
                    .as("members moved into the new branch").isNotEmpty();
        }
    }

    @Test
    void smallBranchesHaveNoCommitteeAndSomeBranchesHaveGroups() {
        Set<String> fewFull = GeneratorFixtures.column(REGISTRY, "SELECT org_code FROM party_member WHERE status = 'FULL'"
                + " GROUP BY org_code HAVING COUNT(*) < 7");
        assertThat(small).isNotEmpty();
        assertThat(fewFull).containsAll(small);
        for (String b : small) {
            assertThat(count(b, "COMMITTEE", null)).as(b + " has no committee meetings").isZero();
        }
        Set<String> groups = GeneratorFixtures.column(REGISTRY, "SELECT group_code FROM party_group");
        assertThat(groups).isNotEmpty();
        assertThat(meetings.values().stream().filter(m -> m[1].equals("GROUP")).count()).isGreaterThan(50);
    }

    @Test
    void memberLivesShowInTheRegistry() {
        // leaving: status LEFT with a transfer to nowhere
        Set<String> left = GeneratorFixtures.column(REGISTRY, "SELECT member_id FROM party_member WHERE status = 'LEFT'");
        Set<String> exits = GeneratorFixtures.column(REGISTRY, "SELECT member_id FROM member_transfer WHERE to_org_code IS NULL");
        assertThat(left).isNotEmpty().isEqualTo(exits);
        // moves: the registry's org_code is the destination of the latest transfer
        Set<String> mismatched = GeneratorFixtures.column(REGISTRY, "SELECT m.member_id FROM party_member m JOIN member_transfer t"
                + " ON t.member_id = m.member_id WHERE t.to_org_code IS NOT NULL AND t.effective_on = (SELECT MAX(effective_on)"
                + " FROM member_transfer x WHERE x.member_id = m.member_id) AND t.to_org_code <> m.org_code");
        assertThat(mismatched).isEmpty();
        assertThat(GeneratorFixtures.column(REGISTRY, "SELECT member_id FROM member_transfer WHERE from_org_code IS NOT NULL"
                + " AND to_org_code IS NOT NULL")).isNotEmpty();
        // probation: converted after a year, some late, probationary ones admitted within the last year or overdue
        assertThat(GeneratorFixtures.column(REGISTRY, "SELECT member_id FROM party_member WHERE full_member_on > DATEADD('YEAR', 1, joined_on)"))
                .isNotEmpty();
        assertThat(GeneratorFixtures.column(REGISTRY, "SELECT member_id FROM party_member WHERE status = 'PROBATIONARY'")).isNotEmpty();
        assertThat(GeneratorFixtures.column(REGISTRY, "SELECT member_id FROM party_member WHERE employment = 'RETIRED'")).isNotEmpty();
        assertThat(GeneratorFixtures.column(REGISTRY, "SELECT candidate_id FROM recruitment_event WHERE stage = 'PROBATIONARY'")).isNotEmpty();
        assertThat(GeneratorFixtures.column(REGISTRY, "SELECT org_code FROM recruitment_plan")).isNotEmpty();
    }

    @Test
    void duesFollowTheRatesOfTheDuesRegulation() {
        assertThat(DuesRate.yuan(DuesRate.fen(3000, false))).isEqualTo("15.00");
        assertThat(DuesRate.yuan(DuesRate.fen(3001, false))).isEqualTo("30.01");
        assertThat(DuesRate.yuan(DuesRate.fen(5000, false))).isEqualTo("50.00");
        assertThat(DuesRate.yuan(DuesRate.fen(8000, false))).isEqualTo("120.00");
        assertThat(DuesRate.yuan(DuesRate.fen(12000, false))).isEqualTo("240.00");
        assertThat(DuesRate.yuan(DuesRate.fen(5000, true))).isEqualTo("25.00");
        assertThat(DuesRate.yuan(DuesRate.fen(6000, true))).isEqualTo("60.00");
    }
}
