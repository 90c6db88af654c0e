package com.dangjian.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dangjian.contracts.portal.OrganisationTree;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.contracts.rules.RuleId;

/**
 * The site as the portal serves it: every organisation's page in two versions (member-level detail only in
 * CODE.members.html and exports/org/CODE.xlsx), no inline script anywhere (the portal's CSP allows only the site's
 * script files), and the organisation tree the portal decides access by.
 */
class MemberDetailTest {

    /** SitePagesTest's snapshot, with B3's dues result resting on two members' records. */
    static GoldSnapshot snapshot() {
        GoldSnapshot base = SitePagesTest.snapshot();
        List<GoldSnapshot.RuleResult> results = new ArrayList<>(base.ruleResults());
        results.add(new GoldSnapshot.RuleResult("B3", RuleId.DUES_ON_TIME.id(), "MONTH", "2024-02-01", "2024-02-29", "FAIL",
                "按时缴纳党费 8 人 / 党员 10 人"));
        List<GoldSnapshot.Evidence> evidence = new ArrayList<>(base.evidence());
        evidence.add(new GoldSnapshot.Evidence("B3", RuleId.DUES_ON_TIME.id(), "2024-02-01", "MEMBER", "P0002"));
        evidence.add(new GoldSnapshot.Evidence("B3", RuleId.DUES_ON_TIME.id(), "2024-02-01", "MEMBER", "P0003"));
        return new GoldSnapshot(base.organisations(), base.scorecards(), results, evidence, base.alarms(), base.trends(),
                base.progress(), base.asOf(), base.source(), base.runId(), base.computedAt());
    }

    @Test
    void aPageWithoutMemberDetailCountsMembersAndNamesNone() {
        GoldSnapshot gold = snapshot();
        OrgPage.Index index = OrgPage.Index.of(gold);
        GoldSnapshot.Organisation b3 = gold.organisationsByCode().get("B3");
        String members = OrgPage.render(b3, index, gold, RuleCatalogue.defaults(), SitePagesTest.M, OrgPage.Detail.MEMBERS).body();
        String summary = OrgPage.render(b3, index, gold, RuleCatalogue.defaults(), SitePagesTest.M, OrgPage.Detail.SUMMARY).body();

        assertThat(members).contains("<td>党员 P0002、P0003</td>").contains("<td>P0001</td>") // the arrears alarm's member
                .contains("href=\"../exports/org/B3.xlsx\"");
        assertThat(summary).doesNotContain("P0001").doesNotContain("P0002").doesNotContain("P0003")
                .contains("<td>党员 2 人（名单见本组织党员明细页）</td>")
                .contains("<td>一名党员（名单见该组织的党员明细页）</td>")
                .contains("href=\"B3.members.html\"").doesNotContain("exports/org/");
        // Everything else is the same page: the same scores, results and notes.
        assertThat(summary).contains("按时缴纳党费 8 人 / 党员 10 人").contains("连续 6 个月未缴党费");
    }

    @Test
    void theGeneratedSiteKeepsMemberDetailInItsOwnFilesAndHasNoInlineScript(@TempDir Path site) throws Exception {
        Path stale = Files.createDirectories(site.resolve("org")).resolve("GONE.members.html");
        Files.writeString(stale, "an organisation dissolved since the last night");
        new SiteGenerator(SitePagesTest.M).generate(snapshot(), site, RuleCatalogue.defaults(), NightStatus.none());

        for (String f : List.of("org/B3.html", "org/B3.members.html", "org/B3.js", "exports/org/B3.xlsx", "exports/org/C1.xlsx",
                "assets/page.js", "assets/pages/index.js", "assets/pages/print.js", OrganisationTree.FILE)) {
            assertThat(site.resolve(f)).as(f).exists();
        }
        assertThat(stale).doesNotExist();
        Pattern member = Pattern.compile("P000[123]");
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                assertThat(inlineScript.matcher(html).find()).as(f + " has an inline script").isFalse();
                assertThat(html).as(f.toString()).doesNotContain(" onclick=").doesNotContain(" onload=");
                if (!f.getFileName().toString().endsWith(".members.html")) {
                    assertThat(member.matcher(html).find()).as(f + " names a member").isFalse();
                }
            }
        }
        // The organisations' scripts (their months' data included) are shared by both pages: they name no member.
        try (Stream<Path> files = Files.list(site.resolve("org"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                assertThat(member.matcher(Files.readString(f)).find()).as(f + " names a member").isFalse();
            }
        }
        assertThat(Files.readString(site.resolve("org/B3.js"))).contains("党员 2 人（名单见本组织党员明细页）");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(site.resolve("exports/org/B3.xlsx").toFile())) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("P0001");
            var evidence = book.getSheetAt(1);
            List<String> refs = new ArrayList<>();
            for (int r = 1; r <= evidence.getLastRowNum(); r++) {
                var cell = evidence.getRow(r).getCell(5);
                if (cell != null) {
                    refs.add(cell.getStringCellValue());
                }
            }
            assertThat(refs).contains("P0002", "P0003", "M-0107");
        }
        OrganisationTree tree = OrganisationTree.read(site);
        assertThat(tree.size()).isEqualTo(4);
        assertThat(tree.isWithin("B3", "C1")).isTrue();
        assertThat(tree.isWithin("C1", "B3")).isFalse();
        assertThat(tree.isWithin("B2", "B3")).isFalse();
    }
}
