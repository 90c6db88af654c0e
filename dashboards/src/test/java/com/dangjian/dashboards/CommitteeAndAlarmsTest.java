package com.dangjian.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dangjian.contracts.rules.RuleCatalogue;

/**
 * What a leader reads after the first screen, on SitePagesTest's snapshot (committee C1 over B1, B2, B3 in
 * February 2024; as of 2024-02-29 B2's election overdue since 2023-12-01, a member of B3 in arrears since
 * 2023-09-01).
 */
class CommitteeAndAlarmsTest {

    private static final Messages M = Messages.chinese();

    @Test
    void alarmsCountDaysOverdueFromTheirSinceToTheNightAndListTheOldestFirst() {
        GoldSnapshot gold = SitePagesTest.snapshot();
        // 2023-09-01 → 2024-02-29: 30 + 31 + 30 + 31 + 31 + 28 = 181 days; 2023-12-01 → 2024-02-29: 31 + 31 + 28 = 90.
        assertThat(AlarmAge.oldestFirst(gold.alarms())).extracting(a -> a.orgCode() + " " + AlarmAge.daysOverdue(a))
                .containsExactly("B3 181", "B2 90");
        String page = AlarmsPage.render(gold, M).body();
        assertThat(page).contains("已逾期（天）").containsSubsequence("离退休支部", "<td class=\"num\">181</td>", "第二支部",
                "<td class=\"num\">90</td>");
        assertThat(page).contains("<li data-type=\"DUES_ARREARS\"><a href=\"#type=DUES_ARREARS\">党费欠缴 <strong>1</strong></a></li>")
                .contains("<li data-type=\"ELECTION_OVERDUE\"><a href=\"#type=ELECTION_OVERDUE\">换届逾期 <strong>1</strong></a></li>");
        assertThat(OverviewPage.render(gold, M).body()).contains("href=\"alarms.html#type=DUES_ARREARS\">党费欠缴 <strong>1</strong>");
    }

    @Test
    void aCommitteesPageScoresTheOrganisationsBelowAndRollsUpTheirAlarms() {
        GoldSnapshot gold = SitePagesTest.snapshot();
        OrgPage.Index index = OrgPage.Index.of(gold);
        GoldSnapshot.Organisation c1 = index.orgs().get("C1");
        PageContent content = OrgPage.render(c1, index, gold, RuleCatalogue.defaults(), M, OrgPage.Detail.SUMMARY);
        String page = content.body();
        // The table's rows are drawn by the page's script from its data (page.js's drawnRows): B1 overall 90, compliance
        // 100, engagement 80, no evaluation, rank 1 of the 3 branches, no alarm; B2 second, with one alarm.
        assertThat(page).contains("<table id=\"subordinates\" data-drawn data-more=\"显示其余的行（已显示 {shown} 行，共 {n} 行）\">")
                .contains("<tbody></tbody>").doesNotContain("<tr data-org=\"B1\">");
        assertThat(content.script()).contains("var SUBORDINATES = {\"unscored\": \"本月未参评（未成立满整月、已撤销或无党员）\"")
                .contains("[\"B1\",\"第一支部\",\"党支部\",\"机关党委\",90.0,100.0,80.0,null,\"1 / 3\",0]")
                .containsPattern("\\[\"B2\",\"第二支部\",\"党支部\",\"机关党委\",[0-9.]+,[0-9.]+,[0-9.]+,[0-9.null]+,\"2 / 3\",1\\]")
                .contains("drawnRows(table, html, text).show(SUBORDINATES.rows);");
        // Both alarms of the branches below, counted, the oldest first; the member behind the arrears not named here.
        assertThat(page).contains("本组织及下级党组织的预警").contains("党费欠缴 <strong>1</strong>").contains("换届逾期 <strong>1</strong>")
                .containsSubsequence("离退休支部", "181", "第二支部", "90").doesNotContain("P0001");
        assertThat(OrgPage.render(c1, index, gold, RuleCatalogue.defaults(), M, OrgPage.Detail.MEMBERS).body()).contains("P0001");
        // A branch's page keeps its own alarms only, with no organisation column.
        String b2 = OrgPage.render(index.orgs().get("B2"), index, gold, RuleCatalogue.defaults(), M, OrgPage.Detail.SUMMARY).body();
        assertThat(b2).doesNotContain("subordinates").contains("换届逾期 <strong>1</strong>").doesNotContain("党费欠缴 <strong>");
    }

    @Test
    void everyPageCarriesTheBadgeAndTheSearchBoxAndTheSiteItsSearchIndex(@TempDir Path dir) throws Exception {
        GoldSnapshot gold = SitePagesTest.snapshot();
        new SiteGenerator(M).generate(gold, dir, RuleCatalogue.defaults(), NightStatus.none());
        for (String page : List.of("index.html", "alarms.html", "org/B1.html", "org/C1.members.html")) {
            String html = Files.readString(dir.resolve(page));
            String root = page.startsWith("org/") ? "../" : "";
            assertThat(html).as(page).contains("数据截至 2024-03-15").contains("href=\"" + root + "data.html\"")
                    .contains("拒收 0 行").contains("id=\"org-search\"").contains("data-root=\"" + root + "\"")
                    .doesNotContain("数据来源：test");
        }
        assertThat(Files.readString(dir.resolve(SearchIndex.FILE))).startsWith("var DJ_ORGANISATIONS = [")
                .contains("[\"B3\",\"离退休支部\",\"党支部\",\"ltxzb\"]");
    }

    @Test
    void theIndexMatrixByQuarterYearAndYearToDateIsTheMeanOfEachBranchsMonthsAssessed() throws Exception {
        GoldSnapshot base = SitePagesTest.snapshot();
        GoldSnapshot gold = new GoldSnapshot(base.organisations(), List.of(card("B1", "2024-01-01", 70.0), card("B1", "2024-02-01", 80.0),
                card("B1", "2024-03-01", 95.0), card("B1", "2024-04-01", 60.0), card("B2", "2024-01-01", 50.0), card("B2", "2024-02-01", null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), "2024-04-30", "test", "r", "t");
        ComplianceMatrix matrix = ComplianceMatrix.of(gold, CompliancePage.branchOrder(gold), M); // rows: B1 (April's), then B2
        assertThat(matrix.columns(ComplianceMatrix.Columns.QUARTER)).containsExactly("2024-Q1", "2024-Q2");
        assertThat(matrix.linkMonths(ComplianceMatrix.Columns.QUARTER)).containsExactly("2024-03", "2024-04");
        var quarters = SitePagesTest.json(Scripts.json(matrix.index(ComplianceMatrix.Columns.QUARTER)));
        assertThat(quarters.get("xAxis").get("data").toString()).isEqualTo("[\"2024年第1季度\",\"2024年第2季度\"]");
        // B1: Q1 (70 + 80 + 95) / 3 = 81.67, Q2 60; B2: Q1 50 (February has no index: left out, not counted as 0).
        var cells = quarters.get("series").get("data");
        assertThat(cells).hasSize(3);
        assertThat(cells.get(0).toString()).isEqualTo("[0,0,81.6667]"); // four decimals, as the read side gives scores
        assertThat(cells.get(1).toString()).isEqualTo("[1,0,60.0]");
        assertThat(cells.get(2).toString()).isEqualTo("[0,1,50.0]");
        var year = SitePagesTest.json(Scripts.json(matrix.index(ComplianceMatrix.Columns.YEAR))).get("series").get("data");
        assertThat(year.get(0).toString()).isEqualTo("[0,0,76.25]"); // (70 + 80 + 95 + 60) / 4
        var ytd = SitePagesTest.json(Scripts.json(matrix.index(ComplianceMatrix.Columns.YTD)));
        assertThat(ytd.get("xAxis").get("data").toString()).isEqualTo("[\"2024年初至今\"]");
        assertThat(ytd.get("series").get("data").get(1).toString()).isEqualTo("[0,1,50.0]");

        // The page has the buttons; each longer period's matrix is a script of its own, loaded when chosen.
        PageContent page = CompliancePage.render(gold, M);
        assertThat(page.body()).contains("id=\"matrix-periods\"").contains(">按季度</button>")
                .contains("data-matrix=\"COMPLIANCE_INDEX@QUARTER\" data-script=\"assets/matrix-COMPLIANCE_INDEX_QUARTER.js\"");
        assertThat(page.script()).doesNotContain("MATRIX[\"COMPLIANCE_INDEX@YEAR\"]")
                .contains("\"COMPLIANCE_INDEX@QUARTER\": [\"2024-03\",\"2024-04\"]");
        Path site = Files.createTempDirectory("matrix-periods");
        new SiteGenerator(M).generate(gold, site, RuleCatalogue.defaults(), NightStatus.none());
        assertThat(Files.readString(site.resolve("assets/matrix-COMPLIANCE_INDEX_YEAR.js")))
                .startsWith("MATRIX[\"COMPLIANCE_INDEX@YEAR\"] = {").contains("[0,0,76.25]");
    }

    private static GoldSnapshot.Scorecard card(String org, String month, Double compliance) {
        return new GoldSnapshot.Scorecard(org, month, compliance, 70.0, 80.0, 75.0, 1, 1, null, "ORGAN", "BRANCH", 7);
    }

    @Test
    void theSearchFindsAnOrganisationByThePinyinInitialsOfItsName() {
        assertThat(SearchIndex.initials("机关第一党支部")).isEqualTo("jgdydzb");
        assertThat(SearchIndex.initials("第3党支部（信息中心）")).isEqualTo("d3dzbxxzx");
        assertThat(SearchIndex.initials("Party Branch 7")).isEqualTo("partybranch7");
        assertThat(SearchIndex.initials(null)).isEmpty();
    }

    @Test
    void theRankingsOfferQuartersYearsAndTheYearToDateAsMeansOfTheMonthsAndCommitteesBesideBranches() {
        GoldSnapshot gold = SitePagesTest.snapshot();
        RankingsPage.Site site = RankingsPage.build(gold, M, RuleCatalogue.defaults());
        String page = site.page().body();
        assertThat(page).contains("<option value=\"2024-Q1\">2024年第1季度</option>").contains("<option value=\"2024\">2024年</option>")
                .contains("<option value=\"2024-YTD\">2024年初至今</option>")
                .contains("<option value=\"BRANCH\">党支部</option>").contains("<option value=\"COMMITTEE\">党委</option>");
        // The page holds the latest month's branches; every other period and type is a script loaded when chosen.
        assertThat(page).contains("<tbody data-month=\"2024-02\" data-type=\"BRANCH\">").doesNotContain("data-month=\"2024-Q1\"");
        assertThat(site.rowScripts()).containsKeys("assets/ranking-2024-Q1-COMMITTEE.js", "assets/ranking-2024-Q1-BRANCH.js",
                "assets/ranking-2024-01-COMMITTEE.js", "assets/ranking-2024-YTD-BRANCH.js").doesNotContainKey("assets/ranking-2024-02-BRANCH.js");
        // C1 in Q1 2024: January 66, February 78.5 → overall (66 + 78.5) / 2 = 72.25, compliance (70 + 80) / 2 = 75; first of one.
        // Its row: rank 1, first in its category, no region rank, no rank change (a quarter's), the chart's two decimals,
        // then the table's one (72.25 → 72.3).
        assertThat(site.rowScripts().get("assets/ranking-2024-Q1-COMMITTEE.js")).startsWith("RANKING_ROWS[\"2024-Q1|COMMITTEE\"] = [")
                .contains(",0,1,1,null,null,72.25,75.00,60.00,");
        assertThat(site.rowScripts().get("assets/ranking-2024-Q1-COMMITTEE.js")).containsPattern(",72.3,75.0,60.0,[0-9.null]+\\]");
        // The branches in Q1 (February only): the month's order, B1 90 first.
        assertThat(site.rowScripts().get("assets/ranking-2024-Q1-BRANCH.js")).contains("= [\n[\"B1\",\"第一支部\",").contains(",1,1,1,null,null,90.00,");
    }
}
