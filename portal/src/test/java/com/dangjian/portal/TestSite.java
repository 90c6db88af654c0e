package com.dangjian.portal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.contracts.rules.RuleId;
import com.dangjian.dashboards.GoldSnapshot;
import com.dangjian.dashboards.Messages;
import com.dangjian.dashboards.NightStatus;
import com.dangjian.dashboards.SiteGenerator;

/**
 * A site the dashboards generate from a hand-made department: 机关党委 C1 over 第一党总支 G1 (branches B1, B2) and
 * 离退休支部 B3. Each branch has one member-level alarm and one result resting on members' records; the members'
 * numbers below are what no page without member-level detail may show.
 */
final class TestSite {

    static final String B1_MEMBER = "P0101";
    static final String B2_MEMBER = "P0201";
    static final String B3_MEMBER = "P0301";
    static final List<String> MEMBERS = List.of(B1_MEMBER, B2_MEMBER, B3_MEMBER, "P0102", "P0202", "P0302");

    private TestSite() {
    }

    static GoldSnapshot snapshot() {
        List<GoldSnapshot.Organisation> orgs = List.of(
                new GoldSnapshot.Organisation("C1", "机关党委", "COMMITTEE", null, "ORGAN"),
                new GoldSnapshot.Organisation("G1", "机关第一党总支", "GENERAL_BRANCH", "C1", "ORGAN"),
                new GoldSnapshot.Organisation("B1", "办公室党支部", "BRANCH", "G1", "ORGAN"),
                new GoldSnapshot.Organisation("B2", "财务处党支部", "BRANCH", "G1", "ORGAN"),
                new GoldSnapshot.Organisation("B3", "离退休干部党支部", "BRANCH", "C1", "RETIREE"));
        List<GoldSnapshot.Scorecard> cards = new ArrayList<>();
        cards.add(new GoldSnapshot.Scorecard("C1", "2024-02-01", 80.0, 70.0, 85.0, 78.5, 1, 1, 0, "ORGAN", "COMMITTEE", 30));
        cards.add(new GoldSnapshot.Scorecard("G1", "2024-02-01", 85.0, 72.0, 86.0, 80.9, 1, 1, 0, "ORGAN", "GENERAL_BRANCH", 20));
        cards.add(new GoldSnapshot.Scorecard("B1", "2024-02-01", 90.0, 75.0, 88.0, 84.4, 1, 1, 1, "ORGAN", "BRANCH", 11));
        cards.add(new GoldSnapshot.Scorecard("B2", "2024-02-01", 80.0, 70.0, 84.0, 77.6, 2, 2, -1, "ORGAN", "BRANCH", 9));
        cards.add(new GoldSnapshot.Scorecard("B3", "2024-02-01", 70.0, 65.0, 80.0, 71.0, 3, 1, 0, "RETIREE", "BRANCH", 10));
        List<GoldSnapshot.Alarm> alarms = List.of(
                new GoldSnapshot.Alarm("B1", RuleId.DUES_ARREARS_6M.id(), "DUES_ARREARS", B1_MEMBER, "2023-08-01", "2024-02-29", "连续 6 个月未缴党费"),
                new GoldSnapshot.Alarm("B2", RuleId.ABSENCE_6M.id(), "ABSENCE", B2_MEMBER, "2023-08-01", "2024-02-29", "连续 6 个月未参加组织生活"),
                new GoldSnapshot.Alarm("B3", RuleId.DUES_ARREARS_6M.id(), "DUES_ARREARS", B3_MEMBER, "2023-08-01", "2024-02-29", "连续 6 个月未缴党费"));
        List<GoldSnapshot.RuleResult> results = new ArrayList<>();
        List<GoldSnapshot.Evidence> evidence = new ArrayList<>();
        for (String[] b : new String[][]{{"B1", "P0102"}, {"B2", "P0202"}, {"B3", "P0302"}}) {
            results.add(new GoldSnapshot.RuleResult(b[0], RuleId.DUES_ON_TIME.id(), "MONTH", "2024-02-01", "2024-02-29", "FAIL",
                    "按时缴纳党费 8 人 / 党员 10 人"));
            evidence.add(new GoldSnapshot.Evidence(b[0], RuleId.DUES_ON_TIME.id(), "2024-02-01", "MEMBER", b[1]));
            results.add(new GoldSnapshot.RuleResult(b[0], RuleId.THEME_DAY_MONTHLY.id(), "MONTH", "2024-02-01", "2024-02-29", "PASS", "1 次"));
            evidence.add(new GoldSnapshot.Evidence(b[0], RuleId.THEME_DAY_MONTHLY.id(), "2024-02-01", "MEETING", "M-" + b[0]));
        }
        List<GoldSnapshot.Trend> trends = List.of(
                new GoldSnapshot.Trend("B1", "2024-01-01", "overall", 80.0, null, null, null, null),
                new GoldSnapshot.Trend("B1", "2024-02-01", "overall", 84.4, 82.2, 4.4, 4.4, null));
        return new GoldSnapshot(orgs, cards, results, evidence, alarms, trends, List.of(), "2024-03-15", "test", "20240315-0",
                "2024-03-16 02:00:00");
    }

    static Path generate(Path site) {
        return new SiteGenerator(Messages.chinese()).generate(snapshot(), site, RuleCatalogue.defaults(), NightStatus.none());
    }
}
