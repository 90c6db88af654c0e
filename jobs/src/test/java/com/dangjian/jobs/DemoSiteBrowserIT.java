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
        Map<String, List<String>> charts = Map.of("index.html", List.of("department"), "rankings.html", List.of("ranking"),
                "compliance.html", List.of("matrix"), "alarms.html", List.of(), "data.html", List.of(), "methodology.html", List.of());
        Map<String, String> doms = new java.util.HashMap<>();
        for (var e : charts.entrySet()) {
            Path html = out.resolve("site").resolve(e.getKey());
            assertThat(Files.readString(html)).as(e.getKey()).doesNotContain("http://", "https://");
            Path pageWork = Files.createDirectories(work.resolve(e.getKey()));
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
        }
        String visibleRanking = doms.get("rankings.html").replaceAll("(?s).*?(<tbody data-month=\"2024-12\"[^>]*>.*?</tbody>).*", "$1");
        assertThat(visibleRanking).doesNotContain("hidden");
        assertThat(visibleRanking.split("<tr ").length - 1).isGreaterThanOrEqualTo(20);
        assertThat(doms.get("index.html")).contains("id=\"top-table\"").contains("id=\"tile-assessed\"");
        assertThat(doms.get("methodology.html").split("<tr data-rule=").length - 1).isEqualTo(18);
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
