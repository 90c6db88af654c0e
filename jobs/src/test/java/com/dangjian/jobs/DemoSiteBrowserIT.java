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
        String rankings = Files.readString(out.resolve("site/rankings.html"));
        List<String> orgLinks = Pattern.compile("href=\"(org/[^\"]+\\.html)\"").matcher(rankings).results().map(r -> r.group(1))
                .distinct().toList();
        assertThat(orgLinks).hasSizeGreaterThanOrEqualTo(20).allMatch(l -> Files.exists(out.resolve("site").resolve(l)), "an existing page");
        String firstBranch = orgLinks.get(0);
        Map<String, List<String>> charts = Map.of("index.html", List.of("department"), "rankings.html", List.of("ranking"),
                "compliance.html", List.of("matrix"), "trends.html", List.of("dept-trend-0"), "alarms.html", List.of(),
                "data.html", List.of(), "methodology.html", List.of(), firstBranch, List.of("radar", "org-trend"));
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
            HeadlessChromium.screenshot(html, Files.createDirectories(Path.of("target/browser-artefacts"))
                    .resolve(e.getKey().replace('/', '_') + ".png"), pageWork);
        }
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

    private static String attribute(String dom, String elementMarker, String attribute) {
        int at = dom.indexOf(elementMarker);
        assertThat(at).as("element " + elementMarker + " in the page").isGreaterThanOrEqualTo(0);
        String tag = dom.substring(at, dom.indexOf('>', at));
        Matcher m = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(tag);
        assertThat(m.find()).as(attribute + " on " + elementMarker).isTrue();
        return m.group(1);
    }
}
