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
        assertThat(page.body()).contains("<option value=\"ALL\">").contains("<option value=\"ORGAN\">").contains("<option value=\"RETIREE\">");
        // Within 离退休 the retirees' branch is first (its rank in the category), third overall.
        assertThat(page.script()).contains("[\"B3\",\"离退休支部\",\"RETIREE\",null,1,3,1,null,");
        // The chart draws the shown rows: the overall score and its three parts stacked (compliance × 0.4, …).
        assertThat(page.script()).contains("var RANKING_WEIGHTS = [0.4, 0.3, 0.3]").contains("stack: 'parts'");
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
        assertThat(page.body()).contains("<option value=\"REGION:4101\">地区：4101</option>");
        assertThat(page.script()).contains("[\"P1\",\"郑州机关支部\",\"ORGAN\",\"4101\",1,4,3,1,");
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
        assertThat(html).contains("<tr data-source=\"study\"><td>学习平台</td><td>学习记录</td><td>失败</td>");
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
        String c1 = OrgPage.render(gold.organisationsByCode().get("C1"), index, gold, RuleCatalogue.defaults(), M).script();
        assertThat(c1).contains("[\"B1\",\"第一支部\",").contains("[\"B3\",\"离退休支部\",");

        // B1 against the 机关 branches (B1, B2): compliance (100 + 80) / 2, engagement (80 + 70) / 2, evaluation 90 (B1 has none).
        String radar = Scripts.json(PeerBars.of(gold.branchScorecards().get(0), gold.branchScorecards().subList(0, 2), M));
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
        PageContent page = OrgPage.render(gold.organisationsByCode().get("B3"), OrgPage.Index.of(gold), gold, RuleCatalogue.defaults(), M);
        String b3 = page.body();
        // February (the newest month) rendered in the page; January only in the script's data, each result once,
        // its row carrying the meeting counted.
        assertThat(b3).contains("<tr data-month=\"2024-02\"><td>主题党日（每月）</td><td>2024-02-01 – 2024-02-29</td><td>✗ 未达标</td><td>0 次</td><td></td></tr>")
                .doesNotContain("data-month=\"2024-01\"");
        // Texts occurring more than once written once: the rule's name (both months) and 60.0 (two indices in February).
        assertThat(page.script()).contains("[\"2024-01-01\",\"2024-01-31\",0,\"✓ 达标\",\"1 次\",\"会议 M-0107\"]")
                .contains("[\"\",\"规范指数\",1,").contains("\"strings\": [\"主题党日（每月）\",\"60.0\"]");
        // The matrix's table: its rows drawn from the index's matrix when opened — B3's February, 60, among its cells.
        PageContent matrix = CompliancePage.render(gold, M);
        assertThat(matrix.body()).contains("<details id=\"matrix-table-details\"><summary>图表的表格版本</summary>")
                .contains("<table id=\"matrix-table\" data-drawn").contains("<tbody></tbody>");
        assertThat(matrix.script()).contains("var MATRIX_ORGS = [\"B1\",\"B2\",\"B3\"];").contains("[0,2,60.0]")
                .contains("drawnRows(table, html, function (r, col)");
    }

    @Test
    void theMatrixSaysHowManyBranchesThereAreWhenOnlySomeAreInSight() {
        // The fixture's three branches all fit: no caption. 2,000 branches (a province): 30 in sight, said in words.
        assertThat(CompliancePage.render(snapshot(), M).body()).doesNotContain("matrix-rows");
        assertThat(CompliancePage.rowsInSight(2000, M))
                .isEqualTo(" <span id=\"matrix-rows\">共 2000 个党支部，图中一次显示 30 个：拖动图左侧的滑块或在图上滚动鼠标查看其余。</span>");
        assertThat(CompliancePage.rowsInSight(30, M)).isEmpty();
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
        assertThat(html).contains("《中国共产党支部工作条例（试行）》第十一条")
                .contains("<tr><td>支部委员会会议（每月）</td><td>正式党员人数下限</td><td class=\"num\">7 人</td></tr>");
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
                .contains("<td>党费收缴</td><td>党费缴纳</td><td>党员编号不在登记系统中</td><td class=\"num\">3</td><td>2024-02-01</td>")
                .contains("<td>学习平台</td><td>学习记录</td><td>日期无效</td><td class=\"num\">2</td><td>2024-02-29</td>");
    }

    // ---- Trends and methodology (issue "Dashboards, round two") ----

    /** Six (or fewer) months of one index from {@code first}; the 3-month mean as the transform takes it; slope, QoQ, YoY on the last. */
    static List<GoldSnapshot.Trend> months(String org, String index, String first, Double slope, Double qoq, Double yoy, double... values) {
        List<GoldSnapshot.Trend> out = new java.util.ArrayList<>();
        java.time.YearMonth month = java.time.YearMonth.parse(first);
        for (int i = 0; i < values.length; i++, month = month.plusMonths(1)) {
            double ma3 = java.util.Arrays.stream(values, Math.max(0, i - 2), i + 1).average().orElseThrow();
            boolean last = i == values.length - 1;
            out.add(new GoldSnapshot.Trend(org, month.atDay(1).toString(), index, values[i], ma3, last ? slope : null,
                    last ? qoq : null, last ? yoy : null));
        }
        return out;
    }

    /**
     * Committee C1 over general branch G1 (branches B1, B2) and branches B3–B7, September 2023 – February 2024. The
     * slopes are the least-squares slopes of the six overall scores (x = 0…5, Σ(x − 2.5)² = 17.5), by hand:
     * C1 72 74 75 77 79 80: 28.5 / 17.5 = +1.63; G1 86 85 85 84 83 82: −13.5 / 17.5 = −0.77;
     * B1 70 72 74 76 78 80: 35 / 17.5 = +2.00; B2 90 89 88 87 86 85: −17.5 / 17.5 = −1.00;
     * B3 75 75 76 76 77 77: 8 / 17.5 = +0.46; B4 80 78 79 77 76 74: −19 / 17.5 = −1.09;
     * B5 scored in January and February only (no slope); B6 dissolved after December 2023 (slope +3.00 then);
     * B7 80 throughout (slope 0). QoQ is February against November; only B1 has a YoY (+8.5).
     */
    static GoldSnapshot trendsSnapshot() {
        List<GoldSnapshot.Organisation> orgs = List.of(
                new GoldSnapshot.Organisation("C1", "机关党委", "COMMITTEE", null, "ORGAN"),
                new GoldSnapshot.Organisation("G1", "办公室党总支", "GENERAL_BRANCH", "C1", "ORGAN"),
                new GoldSnapshot.Organisation("B1", "第一支部", "BRANCH", "G1", "ORGAN"),
                new GoldSnapshot.Organisation("B2", "第二支部", "BRANCH", "G1", "ORGAN"),
                new GoldSnapshot.Organisation("B3", "第三支部", "BRANCH", "C1", "ORGAN"),
                new GoldSnapshot.Organisation("B4", "第四支部", "BRANCH", "C1", "ORGAN"),
                new GoldSnapshot.Organisation("B5", "新建支部", "BRANCH", "C1", "ORGAN"),
                new GoldSnapshot.Organisation("B6", "已撤销支部", "BRANCH", "C1", "ORGAN"),
                new GoldSnapshot.Organisation("B7", "离退休支部", "BRANCH", "C1", "RETIREE"));
        List<GoldSnapshot.Trend> trends = new java.util.ArrayList<>();
        trends.addAll(months("C1", "overall", "2023-09", 28.5 / 17.5, 5.0, null, 72, 74, 75, 77, 79, 80));
        trends.addAll(months("C1", "compliance", "2023-09", 1.14, 4.0, null, 95, 96, 98, 100, 100, 100));
        trends.addAll(months("G1", "overall", "2023-09", -13.5 / 17.5, -3.0, null, 86, 85, 85, 84, 83, 82));
        trends.addAll(months("B1", "overall", "2023-09", 2.0, 6.0, 8.5, 70, 72, 74, 76, 78, 80));
        trends.addAll(months("B2", "overall", "2023-09", -1.0, -3.0, null, 90, 89, 88, 87, 86, 85));
        trends.addAll(months("B3", "overall", "2023-09", 8 / 17.5, 1.0, null, 75, 75, 76, 76, 77, 77));
        trends.addAll(months("B4", "overall", "2023-09", -19 / 17.5, -3.0, null, 80, 78, 79, 77, 76, 74));
        trends.addAll(months("B5", "overall", "2024-01", null, null, null, 60, 65));
        trends.addAll(months("B6", "overall", "2023-07", 3.0, 9.0, null, 60, 63, 66, 69, 72, 75));
        trends.addAll(months("B7", "overall", "2023-09", 0.0, 0.0, null, 80, 80, 80, 80, 80, 80));
        List<GoldSnapshot.Scorecard> cards = List.of(
                new GoldSnapshot.Scorecard("C1", "2024-02-01", 100.0, 70.0, 70.0, 80.0, 1, 1, 0, "ORGAN", "COMMITTEE", 60),
                branch("B1", "ORGAN", 90, 70, 80.0, 80, 3, 3, 0));
        return new GoldSnapshot(orgs, cards, List.of(), List.of(), List.of(), trends, List.of(), "2024-03-15", "test", "r",
                "2024-03-01 02:00:00");
    }

    private static List<String> codes(List<TrendsPage.Mover> movers) {
        return movers.stream().map(mv -> mv.org().code() + " " + TrendChart.slope(mv.trend().slope6())).toList();
    }

    private static String element(String html, String id, String tag) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return html.substring(start, html.indexOf("</" + tag + ">", start));
    }

    @Test
    void theTrendsPageListsTheFastestImprovingAndDecliningOrganisationsByTheirSlope() {
        GoldSnapshot gold = trendsSnapshot();
        // Branches: B5 has no slope, B6 no February, B7 neither rises nor falls.
        assertThat(codes(TrendsPage.movers(gold, true, true))).containsExactly("B1 +2.00", "B3 +0.46");
        assertThat(codes(TrendsPage.movers(gold, true, false))).containsExactly("B4 -1.09", "B2 -1.00");
        assertThat(codes(TrendsPage.movers(gold, false, true))).containsExactly("C1 +1.63");
        assertThat(codes(TrendsPage.movers(gold, false, false))).containsExactly("G1 -0.77");

        String html = TrendsPage.render(gold, M).body();
        String movers = element(html, "movers-section", "section");
        assertThat(movers).contains("进步最快与下降最快 · 2024-02").contains("单位为“分/月”").contains("不足 3 个月得分的党组织没有斜率，不列入")
                .contains("例如，第一支部的斜率为 +2.00，即近 6 个月综合得分平均每月提高约 2.0 分。")
                .doesNotContain("新建支部").doesNotContain("已撤销支部").doesNotContain("离退休支部");
        assertThat(element(html, "improved-branches", "table")).contains("<th data-sort=\"num\" scope=\"col\">6 个月斜率（分/月）</th>")
                .contains("<tr data-org=\"B1\"><td class=\"num\">1</td><td><a href=\"org/B1.html\">第一支部</a></td>"
                        + "<td class=\"num\">+2.00</td><td class=\"num\">+6.0</td><td class=\"num\">+8.5</td><td class=\"num\">80.0</td></tr>")
                .contains("<tr data-org=\"B3\"><td class=\"num\">2</td><td><a href=\"org/B3.html\">第三支部</a></td><td class=\"num\">+0.46</td>"
                        + "<td class=\"num\">+1.0</td><td class=\"num missing\" title=\"12 个月前无得分，无法计算同比\">—</td>");
        assertThat(element(html, "declined-branches", "table"))
                .contains("<tr data-org=\"B4\"><td class=\"num\">1</td><td><a href=\"org/B4.html\">第四支部</a></td><td class=\"num\">-1.09</td>")
                .contains("<tr data-org=\"B2\"><td class=\"num\">2</td>");
        assertThat(element(html, "improved-higher", "table")).contains("<th data-sort=\"text\" scope=\"col\">类型</th>")
                .contains("<td><a href=\"org/C1.html\">机关党委</a></td><td>党委</td><td class=\"num\">+1.63</td><td class=\"num\">+5.0</td>");
        assertThat(element(html, "declined-higher", "table"))
                .contains("<td><a href=\"org/G1.html\">办公室党总支</a></td><td>党总支</td><td class=\"num\">-0.77</td><td class=\"num\">-3.0</td>");
    }

    @Test
    void onlyTheTopTenAreListedAndNoDeclineIsCalledAnImprovement() {
        List<GoldSnapshot.Organisation> orgs = new java.util.ArrayList<>();
        List<GoldSnapshot.Trend> trends = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String code = String.format("T%02d", i);
            orgs.add(new GoldSnapshot.Organisation(code, "支部" + code, "BRANCH", null, "ORGAN"));
            trends.add(new GoldSnapshot.Trend(code, "2024-02-01", "overall", 80.0, 80.0, 0.5 * i, null, null));
        }
        GoldSnapshot gold = new GoldSnapshot(orgs, List.of(), List.of(), List.of(), List.of(), trends, List.of(), null, "test", "r", null);
        List<String> up = codes(TrendsPage.movers(gold, true, true));
        assertThat(up).hasSize(10).startsWith("T12 +6.00").endsWith("T03 +1.50");
        assertThat(TrendsPage.movers(gold, true, false)).isEmpty();
        assertThat(TrendsPage.render(gold, M).body()).contains("<p class=\"note\" id=\"declined-branches\">没有近 6 个月得分下降的党组织。</p>");
    }

    @Test
    void theTrendChartsAxisIsFittedToItsDataWithTheTargetLine() {
        // Values of 70–85 against the target 90: 70 − 2 and 90 + 2 (a tenth of 20 is 2), out to multiples of 5.
        assertThat(TrendChart.bounds(List.of(70.0, 78.0, 85.0), 90)).isEqualTo(new TrendChart.Bounds(65, 95));
        // Far from the target: 40–50 and 90, a tenth of 50 = 5: 35–95; near 100 the axis stops at 100.
        assertThat(TrendChart.bounds(List.of(40.0, 50.0), 90)).isEqualTo(new TrendChart.Bounds(35, 95));
        assertThat(TrendChart.bounds(List.of(95.0, 100.0), 90)).isEqualTo(new TrendChart.Bounds(85, 100));
        assertThat(TrendChart.TARGET).isEqualTo(90.0); // the catalogue defines no target: the top band's threshold

        GoldSnapshot gold = trendsSnapshot();
        var charts = TrendChart.of(gold.trends().stream().filter(t -> t.orgCode().equals("C1")).toList(), M);
        // C1's overall 72–80 (its 3-month mean 72–78.7) and the target 90: 72 − 2 → 70, 90 + 2 → 95.
        String overall = Scripts.json(charts.get("overall"));
        assertThat(overall).contains("\"yAxis\":{\"type\":\"value\",\"min\":70,\"max\":95}")
                .contains("\"markLine\":").contains("\"yAxis\":90.0").contains("目标 90 分")
                .contains("[72.0,74.0,75.0,77.0,79.0,80.0]");
        // C1's compliance 95–100: 90 − 2 → 85, and no further than 100.
        assertThat(Scripts.json(charts.get("compliance"))).contains("\"min\":85,\"max\":100}");

        PageContent page = TrendsPage.render(gold, M);
        assertThat(page.script()).contains("mountChart('dept-trend-0'").doesNotContain("\"max\":100,\"min\":0")
                .doesNotContain("\"min\":0,");
        assertThat(page.body()).contains("纵轴按所选指数的取值范围缩放（不从 0 开始）").contains("点线为目标线 90 分");

        // An organisation's page draws its trend the same way: B1 of snapshot() 80, 90 (mean 85) → 75–95, target 90.
        GoldSnapshot base = snapshot();
        String b1 = OrgPage.render(base.organisationsByCode().get("B1"), OrgPage.Index.of(base), base, RuleCatalogue.defaults(), M).script();
        assertThat(b1).contains("\"min\":75,\"max\":95}").contains("\"yAxis\":90.0");
    }

    @Test
    void theTrendsPageTablesEveryOrganisationSortablyWithEachBlankExplained() {
        String html = TrendsPage.render(trendsSnapshot(), M).body();
        String table = element(html, "trend-orgs-table", "table");
        assertThat(table).contains(Scripts.th("党组织", "text") + Scripts.th("类型", "text") + Scripts.th("综合得分", "num")
                + Scripts.th("6 个月斜率（分/月）", "num") + Scripts.th("环比（季）", "num") + Scripts.th("同比", "num"));
        assertThat(table.split("<tr data-org=").length - 1).isEqualTo(9);
        // Committee first, then the general branch, then the branches by code.
        assertThat(table.indexOf("data-org=\"C1\"")).isLessThan(table.indexOf("data-org=\"G1\""));
        assertThat(table.indexOf("data-org=\"G1\"")).isLessThan(table.indexOf("data-org=\"B1\""));
        assertThat(table).contains("<tr data-org=\"B1\"><td><a href=\"org/B1.html\">第一支部</a></td><td>党支部</td><td class=\"num\">80.0</td>"
                        + "<td class=\"num\">+2.00</td><td class=\"num\">+6.0</td><td class=\"num\">+8.5</td></tr>")
                .contains("<tr data-org=\"B5\"><td><a href=\"org/B5.html\">新建支部</a></td><td>党支部</td><td class=\"num\">65.0</td>"
                        + "<td class=\"num missing\" title=\"不足 3 个月，无法计算斜率\">—</td>"
                        + "<td class=\"num missing\" title=\"3 个月前无得分，无法计算环比\">—</td>"
                        + "<td class=\"num missing\" title=\"12 个月前无得分，无法计算同比\">—</td></tr>")
                .contains("<tr data-org=\"B6\"><td><a href=\"org/B6.html\">已撤销支部</a></td><td>党支部</td>"
                        + "<td class=\"num missing\" title=\"2024-02 无得分（当月未参评）\">—</td>");
        assertThat(html).contains("<div class=\"table-wrap\"><table id=\"trend-orgs-table\">");
        assertThat(TrendsPage.render(trendsSnapshot(), M).script()).contains(Scripts.SORTABLE);
    }

    @Test
    void theMethodologyShowsWeightsAndParametersInWordsNotTheCataloguesKeys() {
        String html = MethodologyPage.render(RuleCatalogue.defaults(), M).body();
        String text = html.replaceAll("<[^>]*>", " ");
        assertThat(text).doesNotContain("{").doesNotContain("}").doesNotContain("\"").doesNotContain("&quot;");
        for (String key : List.of("minimumFullMembers", "maximumMembers", "requiredClassHours", "minutesPerClassHour", "graceMonths",
                "secretaryReview", "studyMinutesTarget", "electionDueWithinDays", "nameEn", "未登记名称")) {
            assertThat(html).as(key).doesNotContain(key); // not even in an attribute
        }
        for (String key : List.of("months", "weights", "compliance", "engagement", "evaluation", "quarterly", "scorecard")) {
            assertThat(text).as(key).doesNotContain(key);
        }
        assertThat(text).doesNotContainPattern("[A-Za-z_]+ = "); // "minimumFullMembers = 3" was the old page
        // The catalogue's weights (rules.yaml: 0.4/0.3/0.3, 0.5/0.3/0.2, 0.6/0.4), each with its share of its score.
        assertThat(element(html, "weights-table", "table"))
                .contains("<tr data-score=\"overall\"><td>综合得分</td><td>规范指数</td><td class=\"num\">0.4</td><td class=\"num\">40%</td></tr>")
                .contains("<tr data-score=\"overall\"><td>综合得分</td><td>活跃指数</td><td class=\"num\">0.3</td><td class=\"num\">30%</td></tr>")
                .contains("<tr data-score=\"overall\"><td>综合得分</td><td>考评得分</td><td class=\"num\">0.3</td><td class=\"num\">30%</td></tr>")
                .contains("<td>活跃指数</td><td>出席率</td><td class=\"num\">0.5</td><td class=\"num\">50%</td>")
                .contains("<td>活跃指数</td><td>学习达标度</td><td class=\"num\">0.3</td><td class=\"num\">30%</td>")
                .contains("<td>活跃指数</td><td>志愿服务与双联系参与率</td><td class=\"num\">0.2</td><td class=\"num\">20%</td>")
                .contains("<td>考评得分</td><td>党建考核</td><td class=\"num\">0.6</td><td class=\"num\">60%</td>")
                .contains("<td>考评得分</td><td>述职评议</td><td class=\"num\">0.4</td><td class=\"num\">40%</td>");
        assertThat(element(html, "parameters-table", "table"))
                .contains("<tr><td>学习学时（每年）</td><td>每名党员每年应学学时</td><td class=\"num\">32 学时</td></tr>")
                .contains("<tr><td>学习学时（每年）</td><td>每学时分钟数</td><td class=\"num\">45 分钟</td></tr>")
                .contains("<tr><td>支部规模</td><td>党员人数上限</td><td class=\"num\">50 人</td></tr>")
                .contains("<tr><td>预备党员按期转正</td><td>预备期满后的宽限期</td><td class=\"num\">3 个月</td></tr>")
                .contains("<tr><td>活跃指数</td><td>学习达标标准（当月人均学习分钟）</td><td class=\"num\">120 分钟</td></tr>")
                .contains("<tr><td>预警</td><td>换届临近的提前预警期</td><td class=\"num\">90 天</td></tr>");
        assertThat(html.split("<div class=\"table-wrap wide\"><table").length - 1).isEqualTo(3);

        // In English: the English bundle's labels and the rules' English names.
        String en = MethodologyPage.render(RuleCatalogue.defaults(), new Messages(Locale.ENGLISH)).body();
        assertThat(en).contains("<td>Branch size</td><td>Maximum members</td><td class=\"num\">50 members</td>")
                .contains("<td>Overall</td><td>Compliance</td><td class=\"num\">0.4</td><td class=\"num\">40%</td>")
                .doesNotContain("minimumFullMembers").doesNotContain("党员人数上限").doesNotContain("parameter without a registered name");
    }

    @Test
    void aWeightTheCatalogueLeavesOutIsTheEnginesDefaultAndSaysSo() throws Exception {
        RuleCatalogue defaults = RuleCatalogue.defaults();
        var scorecard = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"weights\": {\"compliance\": 0.5, \"engagement\": 0.5}}");
        String html = MethodologyPage.render(new RuleCatalogue(defaults.rules(), scorecard, defaults.alarms()), M).body();
        // 0.5, 0.5 and the default 0.3: shares 0.5 / 1.3 = 38 %, 0.3 / 1.3 = 23 %.
        assertThat(element(html, "weights-table", "table"))
                .contains("<td>综合得分</td><td>规范指数</td><td class=\"num\">0.5</td><td class=\"num\">38%</td>")
                .contains("<td>综合得分</td><td>考评得分</td><td class=\"num\">0.3（默认）</td><td class=\"num\">23%</td>")
                .contains("<td>活跃指数</td><td>出席率</td><td class=\"num\">0.5（默认）</td>");
        assertThat(element(html, "parameters-table", "table")).contains("<td class=\"num\">120 分钟（默认）</td>");

        // A parameter an operator adds that the bundle cannot name is shown as it is, and says so.
        var rules = new java.util.LinkedHashMap<>(defaults.rules());
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"weight\": 1, \"maxAbsences\": 2}");
        rules.put("X", new RuleCatalogue.RuleSettings("X", true, 1, "新规则", "", "", "", node));
        assertThat(MethodologyPage.render(new RuleCatalogue(rules, null, null), M).body())
                .contains("<tr><td>新规则</td><td><code>maxAbsences</code>（未登记名称的参数）</td><td class=\"num\">2</td></tr>")
                .contains("<td>综合得分</td><td>规范指数</td><td class=\"num\">0.4（默认）</td>");
    }

    @Test
    void theTrendsAndMethodologyPagesFitAPhone() throws Exception {
        // Every table scrolls in its own wrapper (site.css), every chart is at most as wide as the page.
        GoldSnapshot gold = trendsSnapshot();
        for (String html : List.of(TrendsPage.render(gold, M).body(), MethodologyPage.render(RuleCatalogue.defaults(), M).body())) {
            assertThat(html.split("<table").length).isEqualTo(html.split("<div class=\"table-wrap[^\"]*\"><table").length);
        }
        String css;
        try (var in = SitePagesTest.class.getResourceAsStream("/dashboards/site.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(css.substring(css.indexOf("/* trends and methodology */"))).contains(".chart { max-width: 100%; }");

        // And the whole site builds from this snapshot (the organisations' pages draw their trends too).
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("trends-site");
        new SiteGenerator(M).generate(gold, dir, RuleCatalogue.defaults(), NightStatus.none());
        assertThat(java.nio.file.Files.readString(dir.resolve("trends.html"))).contains("id=\"movers-section\"");
        assertThat(java.nio.file.Files.readString(dir.resolve("org/B1.js"))).contains("\"yAxis\":90.0");
    }

    // ---- Compliance matrix: one script per rule, threshold bands (issue "Dashboards, round two") ----

    static com.fasterxml.jackson.databind.JsonNode json(String json) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    }

    /** The option a rule's script registers: {@code MATRIX["RULE"] = {…};}. */
    private static com.fasterxml.jackson.databind.JsonNode registered(String script, String rule) throws Exception {
        String head = "MATRIX[\"" + rule + "\"] = ";
        assertThat(script).startsWith(head).endsWith("};\n");
        return json(script.substring(head.length(), script.length() - 2));
    }

    /** The label of the legend piece a score falls in, as ECharts reads the pieces (gte inclusive, lt exclusive). */
    private static String band(com.fasterxml.jackson.databind.JsonNode pieces, double score) {
        List<String> hits = new java.util.ArrayList<>();
        pieces.forEach(p -> {
            if ((!p.has("gte") || score >= p.get("gte").asDouble()) && (!p.has("lt") || score < p.get("lt").asDouble())) {
                hits.add(p.get("label").asText());
            }
        });
        assertThat(hits).as("pieces holding " + score).hasSize(1);
        return hits.get(0);
    }

    @Test
    void theComplianceScriptHoldsTheIndexOnlyAndEachRuleIsItsOwnScriptLoadedByItsTab() throws Exception {
        java.nio.file.Path site = java.nio.file.Files.createTempDirectory("matrix-site");
        java.nio.file.Path stale = java.nio.file.Files.createDirectories(site.resolve("assets")).resolve("matrix-GONE_RULE.js");
        java.nio.file.Files.writeString(stale, "MATRIX[\"GONE_RULE\"] = {};\n");
        java.nio.file.Path other = site.resolve("assets/custom.css"); // not the matrix's: left alone
        java.nio.file.Files.writeString(other, "body {}");
        new SiteGenerator(M).generate(snapshot(), site, RuleCatalogue.defaults(), NightStatus.none());

        String page = java.nio.file.Files.readString(site.resolve("assets/pages/compliance.js"));
        assertThat(page).startsWith("var MATRIX = {\"COMPLIANCE_INDEX\": {")
                .contains("\nvar MATRIX_ORGS = [\"B1\",\"B2\",\"B3\"];\n").contains("\nvar MATRIX_MONTHS = [\"2024-02\"];\n")
                .doesNotContain(RuleId.THEME_DAY_MONTHLY.id()).doesNotContain("✓").doesNotContain("未达标");
        // The rows as the jobs' NightIT reads them from this script.
        assertThat(page.replaceAll("(?s).*var MATRIX_ORGS = \\[([^\\]]*)\\].*", "$1")).isEqualTo("\"B1\",\"B2\",\"B3\"");
        // The index's option: B1 100, B2 80, B3 60 in February (column 0), rows in rank order.
        var index = json(page.substring("var MATRIX = {\"COMPLIANCE_INDEX\": ".length(), page.indexOf("};\nvar MATRIX_ORGS")));
        assertThat(index.get("series").get("data").toString()) // one series
                .isEqualTo("[[0,0,100.0],[0,1,80.0],[0,2,60.0]]"); // bare [month, row, score]: the page labels them

        // THEME_DAY_MONTHLY (B3: January passed, outside the matrix's months; February failed) has a script of its own.
        String rule = java.nio.file.Files.readString(site.resolve("assets/matrix-THEME_DAY_MONTHLY.js"));
        var option = registered(rule, "THEME_DAY_MONTHLY");
        List<String> names = new java.util.ArrayList<>();
        List<String> data = new java.util.ArrayList<>();
        List<String> symbols = new java.util.ArrayList<>();
        option.get("series").forEach(s -> {
            names.add(s.get("name").asText());
            data.add(s.get("data").toString());
            symbols.add(s.get("label").get("formatter").asText());
        });
        assertThat(names).containsExactly("主题党日（每月） · ✓ 达标", "主题党日（每月） · ✗ 未达标", "主题党日（每月） · – 不适用");
        assertThat(data).containsExactly("[]", "[[0,2,1]]", "[]"); // month 0, row 2 (B3), status 1 (fail)
        assertThat(symbols).containsExactly("✓", "✗", "–");
        assertThat(option.get("yAxis").get("data").toString()).isEqualTo("[\"第一支部\",\"第二支部\",\"离退休支部\"]");
        var legend = option.get("visualMap");
        assertThat(legend.get("type").asText()).isEqualTo("piecewise");
        assertThat(legend.get("pieces").toString()).isEqualTo("[{\"color\":\"#0072B2\",\"value\":0,\"label\":\"✓ 达标\"},"
                + "{\"color\":\"#D55E00\",\"value\":1,\"label\":\"✗ 未达标\"},{\"color\":\"#BBBBBB\",\"value\":2,\"label\":\"– 不适用\"}]");

        // Its tab names the script; the index's tab is pressed and needs none; the chart scrolls in its own box.
        String html = java.nio.file.Files.readString(site.resolve("compliance.html"));
        assertThat(html).contains("<button type=\"button\" data-rule=\"COMPLIANCE_INDEX\" aria-pressed=\"true\">规范指数（全部规则）</button>")
                .contains("<button type=\"button\" data-rule=\"THEME_DAY_MONTHLY\" data-script=\"assets/matrix-THEME_DAY_MONTHLY.js\""
                        + " aria-pressed=\"false\">主题党日（每月）</button>")
                .contains("<section id=\"matrix-section\" data-loading=\"正在加载该规则的矩阵…\" data-failed=\"未能加载该规则的矩阵，请刷新页面后重试。\">")
                .contains("<p id=\"matrix-status\" class=\"note\" role=\"status\" aria-live=\"polite\"></p>")
                .contains("<div class=\"table-wrap wide matrix-wrap\"><div id=\"matrix\" class=\"chart matrix\" role=\"img\" aria-label=\"规范矩阵\""
                        + " style=\"height:196px;min-width:320px\"></div></div>");
        assertThat(page).contains("s.src = b.dataset.script;").contains("matrixChart.showLoading('default', {text: section.dataset.loading});")
                .contains("o.setAttribute('aria-pressed', o === b);");
        try (var listed = java.nio.file.Files.list(site.resolve("assets"))) {
            assertThat(listed.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("matrix-")).toList())
                    .containsExactlyInAnyOrder("matrix-THEME_DAY_MONTHLY.js", "matrix-COMPLIANCE_INDEX_QUARTER.js",
                            "matrix-COMPLIANCE_INDEX_YEAR.js", "matrix-COMPLIANCE_INDEX_YTD.js");
        }
        assertThat(stale).doesNotExist();
        assertThat(other).exists();

        // The next night has no theme-day result but a committee one: its script comes, the theme day's goes.
        GoldSnapshot base = snapshot();
        GoldSnapshot next = new GoldSnapshot(base.organisations(), base.scorecards(), List.of(new GoldSnapshot.RuleResult("B1",
                RuleId.COMMITTEE_MONTHLY.id(), "MONTH", "2024-02-01", "2024-02-29", "PASS", "1 次")), base.evidence(), base.alarms(),
                base.trends(), base.progress(), base.asOf(), base.source(), base.runId(), base.computedAt());
        new SiteGenerator(M).generate(next, site, RuleCatalogue.defaults(), NightStatus.none());
        assertThat(site.resolve("assets/matrix-THEME_DAY_MONTHLY.js")).doesNotExist();
        assertThat(registered(java.nio.file.Files.readString(site.resolve("assets/matrix-COMMITTEE_MONTHLY.js")), "COMMITTEE_MONTHLY")
                .get("series").get(0).get("data").toString()).isEqualTo("[[0,0,0]]"); // B1 passed in February
        assertThat(site.resolve("assets/organisations.js")).exists();
    }

    @Test
    void theIndexMatrixIsColouredByFourScoreBandsWithTheirLegendInWords() throws Exception {
        GoldSnapshot gold = snapshot();
        var option = json(Scripts.json(ComplianceMatrix.of(gold, CompliancePage.branchOrder(gold), M).index()));
        var legend = option.get("visualMap");
        assertThat(legend.get("type").asText()).isEqualTo("piecewise");
        assertThat(legend.get("dimension").asInt()).isEqualTo(2); // the score of [month, row, score]
        var pieces = legend.get("pieces");
        assertThat(pieces.toString()).isEqualTo("[{\"color\":\"#D55E00\",\"lt\":60,\"label\":\"低于 60\"},"
                + "{\"color\":\"#E69F00\",\"lt\":80,\"gte\":60,\"label\":\"60–80\"},"
                + "{\"color\":\"#8FD3BE\",\"lt\":90,\"gte\":80,\"label\":\"80–90\"},"
                + "{\"color\":\"#009E73\",\"gte\":90,\"label\":\"90 及以上\"}]");
        // Each score in exactly one band; a bound belongs to the band it starts.
        assertThat(band(pieces, 0)).isEqualTo("低于 60");
        assertThat(band(pieces, 59.99)).isEqualTo("低于 60");
        assertThat(band(pieces, 60)).isEqualTo("60–80"); // B3
        assertThat(band(pieces, 79.99)).isEqualTo("60–80");
        assertThat(band(pieces, 80)).isEqualTo("80–90"); // B2
        assertThat(band(pieces, 89.99)).isEqualTo("80–90");
        assertThat(band(pieces, 90)).isEqualTo("90 及以上");
        assertThat(band(pieces, 100)).isEqualTo("90 及以上"); // B1
        assertThat(option.get("series").get("label").toString()).isEqualTo("{\"fontSize\":10,\"show\":true}");

        var en = json(Scripts.json(ComplianceMatrix.of(gold, CompliancePage.branchOrder(gold), new Messages(Locale.ENGLISH)).index()));
        List<String> labels = new java.util.ArrayList<>();
        en.get("visualMap").get("pieces").forEach(p -> labels.add(p.get("label").asText()));
        assertThat(labels).containsExactly("below 60", "60–80", "80–90", "90 and above");
        String css;
        try (var in = SitePagesTest.class.getResourceAsStream("/dashboards/site.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(css.substring(css.indexOf("/* compliance matrix */"))).contains(".matrix-wrap { max-width: 100%;")
                .contains(".matrix-wrap .matrix { flex: none; max-width: none; }");
    }

    /**
     * A province: {@code branches} branches under one committee, {@code months} months from January 2022, every rule's
     * result for every period (monthly, quarterly or yearly by the rule's name), statuses and scores drawn with a fixed seed.
     */
    static GoldSnapshot province(int branches, int months) {
        List<GoldSnapshot.Organisation> orgs = new java.util.ArrayList<>();
        orgs.add(new GoldSnapshot.Organisation("D01", "省直机关工委", "COMMITTEE", null, "ORGAN"));
        List<GoldSnapshot.Scorecard> cards = new java.util.ArrayList<>();
        List<GoldSnapshot.RuleResult> results = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        java.time.LocalDate first = java.time.LocalDate.of(2022, 1, 1);
        for (int b = 1; b <= branches; b++) {
            String code = String.format("D01-B%03d", b);
            orgs.add(new GoldSnapshot.Organisation(code, "第" + b + "党支部", "BRANCH", "D01", "ORGAN"));
            for (int i = 0; i < months; i++) {
                double compliance = Math.round(random.nextDouble() * 10000) / 100.0;
                cards.add(new GoldSnapshot.Scorecard(code, first.plusMonths(i).toString(), compliance, 70.0, 80.0, 75.0, b, b, 0,
                        "ORGAN", "BRANCH", 10));
            }
            for (String rule : RuleId.ids()) {
                int step = rule.endsWith("QUARTERLY") ? 3 : rule.endsWith("YEARLY") ? 12 : 1;
                for (int i = 0; i < months; i += step) {
                    java.time.LocalDate start = first.plusMonths(i);
                    int r = random.nextInt(10);
                    results.add(new GoldSnapshot.RuleResult(code, rule, step == 1 ? "MONTH" : step == 3 ? "QUARTER" : "YEAR",
                            start.toString(), start.plusMonths(step).minusDays(1).toString(),
                            r < 7 ? "PASS" : r < 9 ? "FAIL" : "NOT_APPLICABLE", ""));
                }
            }
        }
        return new GoldSnapshot(orgs, cards, results, List.of(), List.of(), List.of(), List.of(), "2024-12-31", "test", "r",
                "2025-01-01 02:00:00");
    }

    @Test
    void aProvincesMatrixPageLoadsTheIndexAndEachRuleOnlyWhenAsked() throws Exception {
        // 300 branches × 36 months, 18 rules: before, compliance.js held all 19 matrices (15.4 MB, the largest rule's
        // 0.81 MB); now the index alone, and each rule in its own script.
        GoldSnapshot gold = province(300, 36);
        java.nio.file.Path site = java.nio.file.Files.createTempDirectory("province-matrix");
        SiteFiles files = new SiteFiles(site);
        PageContent page = CompliancePage.render(gold, M);
        files.write(PageTemplate.scriptOf(SitePage.COMPLIANCE.file), page.script());
        CompliancePage.writeRuleScripts(files, gold, M);

        long script = java.nio.file.Files.size(site.resolve("assets/pages/compliance.js"));
        List<java.nio.file.Path> rules;
        try (var listed = java.nio.file.Files.list(site.resolve("assets"))) {
            rules = listed.filter(p -> p.getFileName().toString().startsWith("matrix-")
                    && !p.getFileName().toString().startsWith("matrix-COMPLIANCE_INDEX_")).sorted().toList();
        }
        long largest = 0;
        String largestRule = null;
        for (java.nio.file.Path p : rules) {
            if (java.nio.file.Files.size(p) > largest) {
                largest = java.nio.file.Files.size(p);
                largestRule = p.getFileName().toString();
            }
        }
        System.out.printf("compliance matrix at 300 branches × 36 months: compliance.js %,d bytes, body %,d bytes,"
                + " %d rule scripts, largest %s %,d bytes%n", script, page.body().length(), rules.size(), largestRule, largest);

        assertThat(rules).hasSize(RuleId.ids().size());
        assertThat(page.script()).doesNotContain("QUARTERLY").doesNotContain("✓");
        assertThat(script).isLessThan(1_000_000);
        assertThat(largest).isLessThan(200_000);
        // Every cell is there: each rule's results cover all 300 × 36 cells (a quarter's result its three months).
        var lecture = registered(java.nio.file.Files.readString(site.resolve("assets/matrix-LECTURE_QUARTERLY.js")), "LECTURE_QUARTERLY");
        int cells = 0;
        for (var s : lecture.get("series")) {
            cells += s.get("data").size();
        }
        assertThat(cells).isEqualTo(300 * 36);
        assertThat(json(page.script().substring("var MATRIX = {\"COMPLIANCE_INDEX\": ".length(), page.script().indexOf("};\nvar MATRIX_ORGS")))
                .get("series").get("data").size()).isEqualTo(300 * 36);
    }
}
