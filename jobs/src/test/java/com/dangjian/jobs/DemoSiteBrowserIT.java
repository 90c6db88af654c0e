package com.dangjian.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The README's first command (demo, embedded: no servers) and its page opened in real headless Chromium:
 * the charts rendered, at least 20 organisations ranked, and nothing the page loaded came from the network.
 */
class DemoSiteBrowserIT {

    /** Chromium's own services (update checks, account probes) talk to these hosts even with background networking off. */
    static final Pattern BROWSER_SERVICES = Pattern.compile("^https?://[^/]*(google\\.com|googleapis\\.com|gstatic\\.com)(/|:|$)");

    @Test
    void theDemoPageRendersItsChartsOfflineAndRanksAtLeastTwentyOrganisations() throws Exception {
        Path work = Files.createTempDirectory("demo-it");
        Path out = work.resolve("demo");
        int code = new CommandLine(new DangjianCli()).execute("demo", "--out", out.toString(), "--as-of", "2024-12-31");
        assertThat(code).isZero();
        Path index = out.resolve("site/index.html");
        assertThat(index).exists();
        assertThat(Files.readString(index)).doesNotContain("http://", "https://");

        HeadlessChromium.Page page = HeadlessChromium.open(index, work);

        assertThat(attribute(page.dom(), "id=\"ranking\"", "data-rendered")).isEqualTo("true");
        assertThat(attribute(page.dom(), "id=\"matrix\"", "data-rendered")).isEqualTo("true");
        String visibleRanking = page.dom().replaceAll("(?s).*?(<tbody data-month=\"2024-12\"[^>]*>.*?</tbody>).*", "$1");
        assertThat(visibleRanking).doesNotContain("hidden");
        assertThat(visibleRanking.split("<tr>").length - 1).isGreaterThanOrEqualTo(20);
        List<String> loaded = Arrays.asList(attribute(page.dom(), "<body", "data-resources").split(" "));
        assertThat(loaded).isNotEmpty().allMatch(u -> u.startsWith("file://"), "a local file");
        assertThat(loaded).anyMatch(u -> u.endsWith("assets/echarts.min.js"));
        assertThat(page.networkUrls())
                .filteredOn(u -> u.startsWith("http") || u.startsWith("ws"))
                .allMatch(u -> BROWSER_SERVICES.matcher(u).find(), "a browser service, not the page");
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
