package com.dangjian.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.contracts.rules.RuleId;

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
                new GoldSnapshot.Alarm("B2", RuleId.ELECTION_ON_TIME.id(), "ELECTION_OVERDUE", null, "2023-12-01", "2024-02-29", "任期届满日 2023-12-01"),
                new GoldSnapshot.Alarm("B3", RuleId.DUES_ARREARS_6M.id(), "DUES_ARREARS", "P0001", "2023-09-01", "2024-02-29", "连续 6 个月未缴党费"));
        List<GoldSnapshot.Trend> trends = List.of(
                new GoldSnapshot.Trend("B1", "2024-01-01", "overall", 80.0, null, null, null, null),
                new GoldSnapshot.Trend("B1", "2024-02-01", "overall", 90.0, 85.0, 10.0, 10.0, null));
        List<GoldSnapshot.RuleResult> results = List.of(
                new GoldSnapshot.RuleResult("B3", RuleId.THEME_DAY_MONTHLY.id(), "MONTH", "2024-01-01", "2024-01-31", "PASS", "1 次"),
                new GoldSnapshot.RuleResult("B3", RuleId.THEME_DAY_MONTHLY.id(), "MONTH", "2024-02-01", "2024-02-29", "FAIL", "0 次"));
        // B1 as of 15 March 2024, as the transform counts it (rule_progress): a theme day on 5 March, an assembly
        // on 20 January (Q1), a committee meeting in February only, no lecture.
        List<GoldSnapshot.Progress> meetings = List.of(
                new GoldSnapshot.Progress("B1", RuleId.COMMITTEE_MONTHLY.id(), "MONTH", "2024-03-01", 1, 0),
                new GoldSnapshot.Progress("B1", RuleId.THEME_DAY_MONTHLY.id(), "MONTH", "2024-03-01", 1, 1),
                new GoldSnapshot.Progress("B1", RuleId.ASSEMBLY_QUARTERLY.id(), "QUARTER", "2024-01-01", 1, 1),
                new GoldSnapshot.Progress("B1", RuleId.LECTURE_QUARTERLY.id(), "QUARTER", "2024-01-01", 1, 0));
        List<GoldSnapshot.Evidence> evidence = List.of(
                new GoldSnapshot.Evidence("B3", RuleId.THEME_DAY_MONTHLY.id(), "2024-01-01", "MEETING", "M-0107"));
        return new GoldSnapshot(orgs, cards, results, evidence, alarms, trends, meetings, "2024-03-15", "test", "20240229-0", "2024-03-01 02:00:00");
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
    void prefectureOrgansAreAlsoRankedWithinTheirRegion() {
        GoldSnapshot base = snapshot();
        List<GoldSnapshot.Scorecard> cards = new java.util.ArrayList<>(base.scorecards());
        cards.add(new GoldSnapshot.Scorecard("P1", "2024-02-01", 50.0, 50.0, 50.0, 50.0, 4, 3, null, "ORGAN", "BRANCH", 9, "4101", 1));
        List<GoldSnapshot.Organisation> orgs = new java.util.ArrayList<>(base.organisations());
        orgs.add(new GoldSnapshot.Organisation("P1", "郑州机关支部", "BRANCH", null, "ORGAN"));
        GoldSnapshot gold = new GoldSnapshot(orgs, cards, base.ruleResults(), base.evidence(), base.alarms(), base.trends(),
                base.progress(), base.asOf(), base.source(), base.runId(), base.computedAt());
        PageContent page = RankingsPage.render(gold, M);
        assertThat(page.body()).contains("<option value=\"REGION:4101\">地区：4101</option>").contains("data-region=\"4101\"");
        String region = page.script().substring(page.script().indexOf("\"2024-02|REGION:4101\""));
        assertThat(region).contains("1. 郑州机关支部");
    }

    @Test
    void theDataPageSaysSinceWhenASourceIsStale() throws Exception {
        java.nio.file.Path reports = java.nio.file.Files.createTempDirectory("reports");
        java.nio.file.Files.writeString(reports.resolve("night-2024-03-29.json"), "{\"asOf\":\"2024-03-29\",\"outcome\":\"SUCCESS\",\"staleSources\":[]}");
        java.nio.file.Files.writeString(reports.resolve("night-2024-03-30.json"), "{\"asOf\":\"2024-03-30\",\"outcome\":\"STALE_SOURCES\",\"staleSources\":[\"study\"]}");
        NightStatus night = new NightStatus("2024-03-31", "r", List.of("study"), List.of(
                new NightStatus.Step("ingest:study.study", "FAILED", 0, 0, 0, 0.0)));
        String html = DataStatusPage.render(snapshot(), night, reports, M).body();
        assertThat(html).contains("学习平台（自 2024-03-30 起）");
        assertThat(html).contains("<tr data-source=\"study\"><td>学习平台</td><td>study</td><td>失败</td>");
        assertThat(html).contains("<a href=\"reports/night-2024-03-30.txt\">");
    }

    @Test
    void theAlarmsPageNamesNoMember() {
        String html = AlarmsPage.render(snapshot(), M).body();
        assertThat(html).contains("换届逾期").contains("2023-12-01").contains("党费欠缴").contains(M.get("alarm.subject.member"));
        assertThat(html).doesNotContain("P0001");
    }

    @Test
    void anOrganisationsPageDrillsUpItsScorecardAgainstItsPeersAndItsOwnMembersAlarms() {
        GoldSnapshot gold = snapshot();
        OrgPage.Index index = OrgPage.Index.of(gold);
        String b3 = OrgPage.render(gold.organisationsByCode().get("B3"), index, gold, RuleCatalogue.defaults(), M).body();
        assertThat(b3).contains("<a href=\"C1.html\">机关党委</a> → <strong>离退休支部</strong>");
        assertThat(b3).contains("<th scope=\"row\">名次</th><td class=\"num\">3 / 3</td>")
                .contains("<th scope=\"row\">类别内名次</th><td class=\"num\">1 / 1</td>");
        assertThat(b3).contains("P0001"); // the branch's own page names its member
        // The latest period of each rule, with its status as a symbol and a word.
        String latest = b3.substring(b3.indexOf("id=\"results-section\""), b3.indexOf("id=\"history-section\""));
        assertThat(latest).contains("2024-02-01 – 2024-02-29</td><td>✗ 未达标</td><td>0 次</td>").doesNotContain("2024-01-01 – 2024-01-31");
        String c1 = OrgPage.render(gold.organisationsByCode().get("C1"), index, gold, RuleCatalogue.defaults(), M).body();
        assertThat(c1).contains("<a href=\"B1.html\">第一支部</a>").contains("<a href=\"B3.html\">离退休支部</a>");

        // B1 against the 机关 branches (B1, B2): compliance (100 + 80) / 2, engagement (80 + 70) / 2, evaluation 90 (B1 has none).
        String radar = Scripts.json(OrgPage.radar(gold.branchScorecards().get(0), gold.branchScorecards().subList(0, 2), M));
        assertThat(radar).contains("[90.0,75.0,90.0]").contains("[100.0,80.0,\"-\"]");

        String trend = TrendChart.table("t", gold.trends(), M);
        assertThat(trend).contains("<td>2024-02</td><td>综合得分</td><td class=\"num\">90.0</td><td class=\"num\">85.0</td>"
                + "<td class=\"num\">+10.0</td><td class=\"num\">—</td><td class=\"num\">+10.00</td>");
    }

    @Test
    void rankingsAndAlarmsAreExportedToExcelWithTheSameLabelsAndNoMemberNamed() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("exports");
        Exports.write(new SiteFiles(dir), snapshot(), M);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("exports/rankings.xlsx").toFile())) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3); // header + the three branches (no committee)
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名次");
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2024-02");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("第一支部");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(90.0);
            assertThat(first.getCell(9)).isNull(); // an empty evaluation stays empty, not 0
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("exports/alarms.xlsx").toFile())) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            java.util.List<String> cells = new java.util.ArrayList<>();
            sheet.forEach(r -> r.forEach(c -> cells.add(c.getStringCellValue())));
            assertThat(cells).contains("换届逾期", "2023-12-01", M.get("alarm.subject.member")).doesNotContain("P0001");
        }
    }

    @Test
    void thePrintViewHoldsTheTilesTheLeadersAndSixMonthsOfTheDepartment() {
        String html = PrintPage.render(snapshot(), M).body();
        assertThat(html).contains("党建工作月度通报 · 2024-02").contains("<strong>80.0</strong><br>平均规范指数")
                .contains("<td>2024-01</td><td class=\"num\">70.0</td>");
    }

    @Test
    void aBranchPageListsEachMonthsResultsWithTheRecordsBehindThemAndTheMatrixHasATable() {
        GoldSnapshot gold = snapshot();
        String b3 = OrgPage.render(gold.organisationsByCode().get("B3"), OrgPage.Index.of(gold), gold, RuleCatalogue.defaults(), M).body();
        // February (the newest month) shown first; January's row carries the meeting counted.
        assertThat(b3).contains("<tr data-month=\"2024-02\"><td>主题党日（每月）</td><td>2024-02-01 – 2024-02-29</td><td>✗ 未达标</td><td>0 次</td><td></td></tr>")
                .contains("<tr data-month=\"2024-01\" hidden><td>主题党日（每月）</td><td>2024-01-01 – 2024-01-31</td><td>✓ 达标</td><td>1 次</td><td>会议 M-0107</td></tr>");
        String matrix = CompliancePage.render(gold, M).body();
        assertThat(matrix).contains("<table id=\"matrix-table\">")
                .contains("<tr><td><a href=\"org/B3.html\">离退休支部</a></td><td class=\"num\">60.0</td></tr>");
    }

    @Test
    void aBranchPageShowsWhatIsStillDueThisMonthAndThisQuarter() {
        // As of 15 March 2024, B1 held a theme day on 5 March, an assembly on 20 January (Q1) and a committee
        // meeting in February only: the March committee meeting and the Q1 lecture are still due.
        GoldSnapshot gold = snapshot();
        String b1 = OrgPage.render(gold.organisationsByCode().get("B1"), OrgPage.Index.of(gold), gold, RuleCatalogue.defaults(), M).body();
        assertThat(b1).contains("<tr data-rule=\"COMMITTEE_MONTHLY\"><td>支部委员会会议（每月）</td><td>2024-03</td><td class=\"num\">0</td>"
                        + "<td class=\"num\">1</td><td>… 尚需完成</td>")
                .contains("<tr data-rule=\"THEME_DAY_MONTHLY\"><td>主题党日（每月）</td><td>2024-03</td><td class=\"num\">1</td>"
                        + "<td class=\"num\">1</td><td>✓ 已完成</td>")
                .contains("<tr data-rule=\"ASSEMBLY_QUARTERLY\"><td>支部党员大会（每季度）</td><td>2024-Q1</td><td class=\"num\">1</td>")
                .contains("<tr data-rule=\"LECTURE_QUARTERLY\"><td>党课（每季度）</td><td>2024-Q1</td><td class=\"num\">0</td>");
        // A committee has no due list (its branches do).
        assertThat(OrgPage.render(gold.organisationsByCode().get("C1"), OrgPage.Index.of(gold), gold, RuleCatalogue.defaults(), M).body())
                .doesNotContain("due-table");
    }

    @Test
    void theMethodologyIsTheCatalogueTheEngineUses() {
        String html = MethodologyPage.render(RuleCatalogue.defaults(), M).body();
        assertThat(html.split("<tr data-rule=").length - 1).isEqualTo(RuleId.ids().size());
        assertThat(html).contains("《中国共产党支部工作条例（试行）》第十一条").contains("minimumFullMembers = 7");
    }

    @Test
    void theSiteSpeaksEnglishWhenAsked() {
        Messages en = new Messages(Locale.ENGLISH);
        String html = PageTemplate.render(en, SitePage.OVERVIEW, "meta", OverviewPage.render(snapshot(), en));
        assertThat(html).contains("<html lang=\"en\">").contains("Top ten").contains(">Rankings</a>").doesNotContain("前十名");
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

    @Test
    void aBranchPageSaysWhyItsScoreIsWhatItIs() {
        // B1, February 2024: compliance 80 = 100 − 20 (党课 Q4 2023 failed, one of five equally weighted rules:
        // 1 × (1 − 0) ÷ 5 × 100 = 20). Engagement 67 = 100 × (0.80 × 0.5 + 0.50 × 0.3 + 0.60 × 0.2). No evaluation:
        // overall = (80 × 0.4 + 67 × 0.3) ÷ 0.7 = 74.43, weights shown re-normalised (0.57, 0.43), marked "无考评".
        GoldSnapshot base = snapshot();
        var card = new GoldSnapshot.Scorecard("B1", "2024-02-01", 80.0, 67.0, null, 74.43, 1, 1, null, "ORGAN", "BRANCH", 7,
                null, null, new GoldSnapshot.Parts(0.8, 0.5, 0.6, null, null));
        var results = new java.util.ArrayList<>(base.ruleResults());
        results.add(new GoldSnapshot.RuleResult("B1", RuleId.LECTURE_QUARTERLY.id(), "QUARTER", "2023-10-01", "2023-12-31", "FAIL",
                "召开党课 0 次，应不少于 1 次"));
        GoldSnapshot gold = new GoldSnapshot(base.organisations(), List.of(card), results, base.evidence(), base.alarms(),
                base.trends(), base.progress(), base.asOf(), base.source(), base.runId(), base.computedAt(),
                List.of(new GoldSnapshot.Deduction("B1", "2024-02-01", RuleId.LECTURE_QUARTERLY.id(), "QUARTER", "2023-10-01",
                        "2023-12-31", "FAIL", 0.0, 20.0)),
                List.of(new GoldSnapshot.RowCount("dues", "dues", "UNKNOWN_MEMBER", 3, "2024-02-01")),
                List.of(new GoldSnapshot.RowCount("study", "study", "INVALID_DATE", 2, "2024-02-29")));
        String b1 = OrgPage.render(gold.organisationsByCode().get("B1"), OrgPage.Index.of(gold), gold, RuleCatalogue.defaults(), M).body();
        assertThat(b1).contains("<tr data-month=\"2024-02\"><th scope=\"row\">综合得分</th><td class=\"num\">74.4</td>"
                        + "<td>规范指数 × 0.57 + 活跃指数 × 0.43（无考评，按规范、活跃两项重新分配权重）</td></tr>")
                .contains("<th scope=\"row\">　党课（每季度）</th><td class=\"num\">−20.0</td><td>2023Q4 ✗ 未达标：召开党课 0 次，应不少于 1 次</td>")
                .contains("100 × （出席率 80% × 0.50 + 学习达标度 50% × 0.30 + 志愿服务与双联系参与率 60% × 0.20）")
                .contains("<th scope=\"row\">考评得分</th><td class=\"num\">无考评</td>");
        String ranking = RankingTable.row(card, gold.organisationsByCode(), M);
        assertThat(ranking).contains("74.4*").contains("<span class=\"missing\">无考评</span>");

        String data = DataStatusPage.render(gold, NightStatus.none(), null, M).body();
        assertThat(data).contains("暂存记录（登记系统尚不认识的组织或党员） · 3")
                .contains("<td>党费收缴</td><td>dues</td><td>党员编号不在登记系统中</td><td class=\"num\">3</td><td>2024-02-01</td>")
                .contains("<td>学习平台</td><td>study</td><td>日期无效</td><td class=\"num\">2</td><td>2024-02-29</td>");
    }
}
