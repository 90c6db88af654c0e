package com.dangjian.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import com.dangjian.transform.rules.RuleCatalogue;
import com.dangjian.transform.rules.RuleIds;

/**
 * The pages' figures on a hand-made snapshot: committee C1 over branches B1 (机关), B2 (机关), B3 (离退休), in
 * February 2024 ranked B1 90, B2 80, B3 70.
 */
class SitePagesTest {

    static final Messages M = Messages.chinese();

    static GoldSnapshot.Scorecard branch(String code, String category, double compliance, double engagement, Double evaluation,
                                         double overall, int rank, int rankInCategory, Integer change) {
        return new GoldSnapshot.Scorecard(code, "2024-02-01", compliance, engagement, evaluation, overall, rank, rankInCategory,
                change, category, "BRANCH", 7);
    }

    static GoldSnapshot snapshot() {
        List<GoldSnapshot.Organisation> orgs = List.of(
                new GoldSnapshot.Organisation("C1", "机关党委", "COMMITTEE", null, "ORGAN"),
                new GoldSnapshot.Organisation("B1", "第一支部", "BRANCH", "C1", "ORGAN"),
                new GoldSnapshot.Organisation("B2", "第二支部", "BRANCH", "C1", "ORGAN"),
                new GoldSnapshot.Organisation("B3", "离退休支部", "BRANCH", "C1", "RETIREE"));
        List<GoldSnapshot.Scorecard> cards = List.of(
                new GoldSnapshot.Scorecard("C1", "2024-01-01", 70.0, 50.0, 80.0, 66.0, 1, 1, null, "ORGAN", "COMMITTEE", 10),
                new GoldSnapshot.Scorecard("C1", "2024-02-01", 80.0, 70.0, 85.0, 78.5, 1, 1, 0, "ORGAN", "COMMITTEE", 17),
                branch("B1", "ORGAN", 100, 80, null, 90, 1, 1, 1),
                branch("B2", "ORGAN", 80, 70, 90.0, 80, 2, 2, -1),
                branch("B3", "RETIREE", 60, 60, 80.0, 70, 3, 1, null));
        List<GoldSnapshot.Alarm> alarms = List.of(
                new GoldSnapshot.Alarm("B2", RuleIds.ELECTION_ON_TIME, "ELECTION_OVERDUE", null, "2023-12-01", "2024-02-29", "任期届满日 2023-12-01"),
                new GoldSnapshot.Alarm("B3", RuleIds.DUES_ARREARS_6M, "DUES_ARREARS", "P0001", "2023-09-01", "2024-02-29", "连续 6 个月未缴党费"));
        return new GoldSnapshot(orgs, cards, List.of(), alarms, "test", "20240229-0", "2024-03-01 02:00:00");
    }

    @Test
    void theOverviewShowsTheLatestMonthsTilesLeadersAndTheDepartmentsIndices() {
        OverviewPage.Tiles t = OverviewPage.Tiles.of(snapshot());
        // Branches only: compliance (100 + 80 + 60) / 3, engagement (80 + 70 + 60) / 3, evaluation (90 + 80) / 2 (B1 has none).
        assertThat(t).isEqualTo(new OverviewPage.Tiles("2024-02", 3, 80.0, 70.0, 85.0, 2));

        // The department is its top committee C1: its own (members-weighted) scorecard per month.
        assertThat(DepartmentIndices.of(snapshot())).containsExactly(
                new DepartmentIndices("2024-01", 70.0, 50.0, 80.0), new DepartmentIndices("2024-02", 80.0, 70.0, 85.0));

        String html = OverviewPage.render(snapshot(), M).body();
        assertThat(html).contains("<div class=\"tile\" id=\"tile-compliance\"><div class=\"value\">80.0</div>")
                .contains("<div class=\"tile\" id=\"tile-alarms\"><div class=\"value\">2</div>");
        String top = html.substring(html.indexOf("id=\"top-table\""), html.indexOf("</table>", html.indexOf("id=\"top-table\"")));
        assertThat(top.indexOf("第一支部")).isLessThan(top.indexOf("第二支部"));
        assertThat(top.indexOf("第二支部")).isLessThan(top.indexOf("离退休支部"));
        assertThat(top).doesNotContain("机关党委"); // committees are not ranked with branches
        assertThat(top).contains("▲1").contains("▼1").contains("新");
    }

    @Test
    void twoTopCommitteesAreWeightedByTheirMembers() {
        var cards = List.of(
                new GoldSnapshot.Scorecard("C1", "2024-02-01", 80.0, 60.0, null, 70.0, 1, 1, 0, "ORGAN", "COMMITTEE", 30),
                new GoldSnapshot.Scorecard("C2", "2024-02-01", 40.0, 30.0, null, 35.0, 2, 2, 0, "ORGAN", "COMMITTEE", 10));
        // (80 × 30 + 40 × 10) / 40 = 70; (60 × 30 + 30 × 10) / 40 = 52.5; evaluation empty stays empty.
        assertThat(DepartmentIndices.weighted(cards, GoldSnapshot.Scorecard::compliance)).isEqualTo(70.0);
        assertThat(DepartmentIndices.weighted(cards, GoldSnapshot.Scorecard::engagement)).isEqualTo(52.5);
        assertThat(DepartmentIndices.weighted(cards, GoldSnapshot.Scorecard::evaluation)).isNull();
    }

    @Test
    void rankingsOfferEachPeerGroupWithItsOwnRanks() {
        PageContent page = RankingsPage.render(snapshot(), M);
        assertThat(page.script()).contains("\"2024-02|ALL\"").contains("\"2024-02|ORGAN\"").contains("\"2024-02|RETIREE\"");
        // Within 离退休 the retirees' branch is first.
        String retiree = page.script().substring(page.script().indexOf("\"2024-02|RETIREE\""));
        assertThat(retiree).contains("1. 离退休支部");
        assertThat(page.body()).contains("<tr data-category=\"RETIREE\">");
    }

    @Test
    void theAlarmsPageNamesNoMember() {
        String html = AlarmsPage.render(snapshot(), M).body();
        assertThat(html).contains("换届逾期").contains("2023-12-01").contains("党费欠缴").contains(M.get("alarm.subject.member"));
        assertThat(html).doesNotContain("P0001");
    }

    @Test
    void theMethodologyIsTheCatalogueTheEngineUses() {
        String html = MethodologyPage.render(RuleCatalogue.defaults(), M).body();
        assertThat(html.split("<tr data-rule=").length - 1).isEqualTo(RuleIds.ALL.size());
        assertThat(html).contains("《中国共产党支部工作条例（试行）》第十一条").contains("minimumFullMembers = 7");
    }

    @Test
    void everyLabelExistsInChineseAndEnglish() {
        ResourceBundle zh = ResourceBundle.getBundle("dashboards/messages", Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = ResourceBundle.getBundle("dashboards/messages", Locale.ENGLISH);
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        for (SitePage p : SitePage.values()) {
            assertThat(M.get(p.label)).isNotBlank();
        }
    }
}
