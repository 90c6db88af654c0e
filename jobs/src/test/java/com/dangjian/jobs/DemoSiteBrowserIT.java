package com.dangjian.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The README's first command (demo, embedded: no servers) and every page of its site opened in real headless
 * Chromium: no script error, the charts rendered, at least 20 organisations ranked, and nothing any page loaded
 * came from the network.
 */
class DemoSiteBrowserIT {

    /** Chromium's own services (update checks, account probes) talk to these hosts even with background networking off. */
    static final Pattern BROWSER_SERVICES = Pattern.compile("^https?://[^/]*(google\\.com|googleapis\\.com|gstatic\\.com)(/|:|$)");

    @Test
    void everyPageOfTheDemoSiteRendersOfflineWithoutScriptErrors() throws Exception {
        Path work = Files.createTempDirectory("demo-it");
        Path out = work.resolve("demo");
        int code = new CommandLine(new DangjianCli()).execute("demo", "--out", out.toString(), "--as-of", "2024-12-31");
        assertThat(code).isZero();
        Path index = out.resolve("site/index.html");
        assertThat(index).exists();

        // Every page, in real Chromium: no script error, every chart drawn, nothing loaded from the network.
        // The ranking's rows are drawn by the page's script from its data: its links as Chromium renders them.
        String rankings = HeadlessChromium.open(out.resolve("site/rankings.html"), Files.createDirectories(work.resolve("rankings-links")))
                .dom();
        List<String> orgLinks = Pattern.compile("href=\"(org/[^\"]+\\.html)\"").matcher(rankings).results().map(r -> r.group(1))
                .distinct().toList();
        assertThat(orgLinks).hasSizeGreaterThanOrEqualTo(20).allMatch(l -> Files.exists(out.resolve("site").resolve(l)), "an existing page");
        String firstBranch = orgLinks.get(0);
        Map<String, List<String>> charts = Map.of("index.html", List.of("department"), "rankings.html", List.of("ranking"),
                "compliance.html", List.of("matrix"), "trends.html", List.of("dept-trend-0"), "alarms.html", List.of(),
                "data.html", List.of(), "methodology.html", List.of(), firstBranch, List.of("peer-bars", "org-trend"));
        Map<String, String> doms = new java.util.HashMap<>();
        for (var e : charts.entrySet()) {
            Path html = out.resolve("site").resolve(e.getKey());
            assertThat(Files.readString(html)).as(e.getKey()).doesNotContain("http://", "https://");
            Path pageWork = Files.createDirectories(work.resolve(e.getKey().replace('/', '_')));
            HeadlessChromium.Page page = HeadlessChromium.open(html, pageWork);
            assertThat(page.dom()).as(e.getKey() + " script errors").doesNotContain("data-errors=");
            for (String chart : e.getValue()) {
                assertThat(attribute(page.dom(), "id=\"" + chart + "\"", "data-rendered")).as(e.getKey() + " " + chart).isEqualTo("true");
            }
            List<String> loaded = Arrays.asList(attribute(page.dom(), "<body", "data-resources").split(" "));
            assertThat(loaded).as(e.getKey()).isNotEmpty().allMatch(u -> u.startsWith("file://"), "a local file");
            assertThat(loaded).anyMatch(u -> u.endsWith("assets/echarts.min.js"));
            assertThat(page.networkUrls())
                    .filteredOn(u -> u.startsWith("http") || u.startsWith("ws"))
                    .allMatch(u -> BROWSER_SERVICES.matcher(u).find(), "a browser service, not the page");
            doms.put(e.getKey(), page.dom());
            Path artefacts = Files.createDirectories(Path.of("target/browser-artefacts"));
            HeadlessChromium.screenshot(html, artefacts.resolve(e.getKey().replace('/', '_') + "-1440.png"), pageWork, "1440,1800");
            // At a phone's width the page never scrolls sideways (wide tables scroll on their own).
            assertThat(HeadlessChromium.scrollWidthInFrame(html, 390, artefacts.resolve(e.getKey().replace('/', '_') + "-390.png"),
                    pageWork)).as(e.getKey() + " scroll width at 390 px").isLessThanOrEqualTo(390);
        }
        committeePageEqualsGold(out, work);
        searchFindsAnOrganisationByName(out, work, firstBranch);
        matrixByQuarter(out, work);
        anEarlierMonthOfAnOrganisationEqualsGold(out, work);
        String visibleRanking = doms.get("rankings.html").replaceAll("(?s).*?(<tbody data-month=\"2024-12\"[^>]*>.*?</tbody>).*", "$1");
        assertThat(visibleRanking).doesNotContain("hidden");
        assertThat(visibleRanking.split("<tr ").length - 1).isGreaterThanOrEqualTo(20);
        assertThat(doms.get("index.html")).contains("id=\"top-table\"").contains("id=\"tile-assessed\"");
        assertThat(doms.get("methodology.html").split("<tr data-rule=").length - 1).isEqualTo(18);
        // A branch's page drills up to its committee, whose page exists.
        String parent = doms.get(firstBranch).replaceAll("(?s).*?<p class=\"breadcrumb\"><a href=\"([^\"]+)\".*", "$1");
        assertThat(out.resolve("site/org").resolve(parent)).exists();
        // The monthly meeting's handout prints on exactly one A4 page (595 × 842 points); kept as a test artefact.
        byte[] pdf = HeadlessChromium.printToPdf(out.resolve("site/print.html"), Files.createDirectories(work.resolve("print")));
        String pdfText = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(pdfText).results().count()).as("pages of print.pdf").isEqualTo(1);
        assertThat(pdfText).containsPattern("/MediaBox\\s*\\[\\s*0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?\\s*\\]");
        Path artefacts = Files.createDirectories(Path.of("target/browser-artefacts"));
        Files.write(artefacts.resolve("print.pdf"), pdf);
        // The data page lists what this night read from each source.
        assertThat(doms.get("data.html")).contains("<tr data-source=\"study\">");
    }

    /**
     * The top committee's page lists every organisation below it with the overall score gold holds for it in the
     * latest month (one decimal), and rolls up their alarms.
     */
    private static void committeePageEqualsGold(Path out, Path work) throws Exception {
        var spark = com.dangjian.transform.SparkSessions.getOrCreate(null);
        var cards = spark.read().parquet(out.resolve("lake/gold/org_scorecard_monthly").toString());
        String month = cards.agg(org.apache.spark.sql.functions.max("month")).first().get(0).toString();
        String top = spark.read().parquet(out.resolve("lake/gold/dim_organisation").toString())
                .where("parent_code IS NULL AND org_type = 'COMMITTEE'").orderBy("org_code").first().getString(0);
        Map<String, Double> gold = new java.util.TreeMap<>();
        cards.where("month = DATE'" + month + "' AND org_code <> '" + top + "'").collectAsList().forEach(r -> gold.put(r.getAs("org_code"),
                (Double) r.getAs("overall_score")));
        String dom = HeadlessChromium.open(out.resolve("site/org/" + top + ".html"), "", Files.createDirectories(work.resolve("committee")))
                .dom();
        Map<String, String> shown = new java.util.TreeMap<>();
        Pattern.compile("<tr data-org=\"([^\"]+)\"><td><a [^>]*>[^<]*</a></td><td>[^<]*</td><td>[^<]*</td><td class=\"num\">([0-9.]+)</td>")
                .matcher(dom).results().forEach(r -> shown.put(r.group(1), r.group(2)));
        // To the one decimal shown (a value ending in 5 may round either way after the read side's text transfer).
        assertThat(shown.keySet()).as(top + "'s organisations below, scored in " + month).hasSizeGreaterThanOrEqualTo(20)
                .isEqualTo(gold.keySet());
        gold.forEach((code, overall) -> assertThat(Double.parseDouble(shown.get(code))).as(code + " overall in " + month)
                .isCloseTo(overall, org.assertj.core.data.Offset.offset(0.0501)));
        // Its alarms: those of every organisation beneath it (and its own), each once.
        Map<String, String> parents = new java.util.HashMap<>();
        spark.read().parquet(out.resolve("lake/gold/dim_organisation").toString()).collectAsList()
                .forEach(r -> parents.put(r.getAs("org_code"), r.getAs("parent_code")));
        long below = spark.read().parquet(out.resolve("lake/gold/alarm").toString()).collectAsList().stream().filter(r -> {
            for (String o = r.getAs("org_code"); o != null; o = parents.get(o)) {
                if (o.equals(top)) {
                    return true;
                }
            }
            return false;
        }).count();
        String alarmTable = dom.substring(dom.indexOf("id=\"org-alarms\""), dom.indexOf("</table>", dom.indexOf("id=\"org-alarms\"")));
        assertThat(below).isPositive();
        assertThat(alarmTable.split("<tr data-org=").length - 1).as(top + "'s rolled-up alarms").isEqualTo(below);
        assertThat(dom).contains("id=\"org-alarm-counts\"").contains("本组织及下级党组织的预警");
    }

    /** The search box of every page, in the browser: part of an organisation's name finds it, linked to its page. */
    private static void searchFindsAnOrganisationByName(Path out, Path work, String branchLink) throws Exception {
        String code = branchLink.substring("org/".length(), branchLink.length() - ".html".length());
        String js = Files.readString(out.resolve("site/assets/organisations.js"));
        Matcher named = Pattern.compile("\\[\"" + Pattern.quote(code) + "\",\"([^\"]+)\"").matcher(js);
        assertThat(named.find()).as(code + " in the search index").isTrue();
        String part = named.group(1).substring(0, Math.min(4, named.group(1).length()));
        String dom = HeadlessChromium.open(out.resolve("site/trends.html"), "#search=" + java.net.URLEncoder.encode(part,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), Files.createDirectories(work.resolve("search"))).dom();
        assertThat(dom).as("search for " + part).contains("<a href=\"org/" + code + ".html\">" + named.group(1) + "</a>");
        // By the pinyin initials of its name too (the index's fourth field), as a phone user would type them.
        Matcher initials = Pattern.compile("\\[\"" + Pattern.quote(code) + "\",\"[^\"]+\",\"[^\"]+\",\"([a-z0-9]+)\"\\]").matcher(js);
        assertThat(initials.find()).as(code + "'s pinyin initials in the search index").isTrue();
        String byInitials = HeadlessChromium.open(out.resolve("site/alarms.html"), "#search=" + initials.group(1),
                Files.createDirectories(work.resolve("search-pinyin"))).dom();
        assertThat(byInitials).as("search for " + initials.group(1)).contains("<a href=\"org/" + code + ".html\">" + named.group(1) + "</a>");
    }

    /** The compliance matrix by quarter (#period=QUARTER): drawn without a script error, the quarter's button pressed. */
    private static void matrixByQuarter(Path out, Path work) throws Exception {
        String dom = HeadlessChromium.open(out.resolve("site/compliance.html"), "#period=QUARTER",
                Files.createDirectories(work.resolve("matrix-quarter"))).dom();
        assertThat(dom).doesNotContain("data-errors=");
        assertThat(attribute(dom, "data-period=\"QUARTER\"", "aria-pressed")).isEqualTo("true");
        assertThat(attribute(dom, "data-period=\"MONTH\"", "aria-pressed")).isEqualTo("false");
        assertThat(attribute(dom, "id=\"matrix\"", "aria-label")).isEqualTo("规范矩阵 · 按季度");
    }

    /**
     * A matrix cell's link (#m=2024-03) opens a branch's page on that month: its results, rendered in the browser
     * from the page's data, are every result gold holds for the branch covering March (a quarter's and the year's
     * included), with the members behind them only on the member-level page.
     */
    private static void anEarlierMonthOfAnOrganisationEqualsGold(Path out, Path work) throws Exception {
        var spark = com.dangjian.transform.SparkSessions.getOrCreate(null);
        // The first branch whose March results rest on members' records (dues paid late, say).
        String code = spark.read().parquet(out.resolve("lake/gold/rule_evidence").toString())
                .where("kind = 'MEMBER' AND period_start = DATE'2024-03-01'").orderBy("org_code").first().getAs("org_code");
        List<String> gold = spark.read().parquet(out.resolve("lake/gold/rule_result").toString())
                .where("org_code = '" + code + "' AND period_start <= DATE'2024-03-31' AND period_end >= DATE'2024-03-01'")
                .collectAsList().stream().map(r -> r.getAs("period_start") + " – " + r.getAs("period_end")).sorted().toList();
        Pattern row = Pattern.compile("<tr data-month=\"2024-03\"><td>[^<]*</td><td>([^<]*)</td><td>[^<]*</td><td>[^<]*</td><td>([^<]*)</td></tr>");
        Map<String, List<String>> evidence = new java.util.HashMap<>();
        for (String version : List.of(code + ".html", code + ".members.html")) {
            String dom = HeadlessChromium.open(out.resolve("site/org/" + version), "#m=2024-03",
                    Files.createDirectories(work.resolve("month-" + version))).dom();
            assertThat(dom).as(version).doesNotContain("data-errors=");
            String history = dom.substring(dom.indexOf("id=\"org-history\""), dom.indexOf("</table>", dom.indexOf("id=\"org-history\"")));
            List<java.util.regex.MatchResult> rows = row.matcher(history).results().toList();
            assertThat(rows.stream().map(r -> r.group(1)).sorted().toList()).as(version + " in March 2024").isEqualTo(gold);
            assertThat(history).doesNotContain("data-month=\"2024-12\"");
            evidence.put(version, rows.stream().map(r -> r.group(2)).toList());
        }
        assertThat(gold).hasSizeGreaterThanOrEqualTo(10);
        assertThat(evidence.get(code + ".html")).noneMatch(e -> e.matches(".*P\\d{4}.*"));
        assertThat(String.join(" ", evidence.get(code + ".members.html"))).containsPattern("党员 P\\d+");
    }

    private static String attribute(String dom, String elementMarker, String attribute) {
        int at = dom.indexOf(elementMarker);
        assertThat(at).as("element " + elementMarker + " in the page").isGreaterThanOrEqualTo(0);
        String tag = dom.substring(at, dom.indexOf('>', at));
        Matcher m = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(tag);
        assertThat(m.find()).as(attribute + " on " + elementMarker).isTrue();
        return m.group(1);
    }
}
