package com.dangjian.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.warehouse.read.GoldReadSide;

/**
 * Generates the static site from the read side: one HTML page per {@link SitePage}, chart options built by
 * echarts-java, every asset local (ECharts from the webjar, our own page template instead of echarts-java's
 * CDN one), so the pages work on an intranet with no internet.
 */
public final class SiteGenerator {

    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private final Messages messages;

    public SiteGenerator(Messages messages) {
        this.messages = messages;
    }

    /** A site outside a night: the default rule catalogue, no stage lines. */
    public Path generate(GoldReadSide readSide, Path siteDir) {
        return generate(readSide, siteDir, RuleCatalogue.defaults(), NightStatus.none());
    }

    /** Writes the site into {@code siteDir}; returns the path of index.html. */
    public Path generate(GoldReadSide readSide, Path siteDir, RuleCatalogue catalogue, NightStatus night) {
        GoldSnapshot gold = GoldSnapshot.read(readSide, night.asOf() == null ? null : java.time.LocalDate.parse(night.asOf()));
        try {
            Files.createDirectories(siteDir.resolve("assets"));
            copyResource(ECHARTS, siteDir.resolve("assets/echarts.min.js"));
            copyResource("/dashboards/site.css", siteDir.resolve("assets/site.css"));
            String meta = meta(gold);
            write(siteDir, SitePage.OVERVIEW, meta, OverviewPage.render(gold, messages));
            write(siteDir, SitePage.RANKINGS, meta, RankingsPage.render(gold, messages));
            write(siteDir, SitePage.COMPLIANCE, meta, CompliancePage.render(gold, messages));
            write(siteDir, SitePage.TRENDS, meta, TrendsPage.render(gold, messages));
            write(siteDir, SitePage.ALARMS, meta, AlarmsPage.render(gold, messages));
            write(siteDir, SitePage.DATA, meta, DataStatusPage.render(gold, night, siteDir.resolve("reports"), messages));
            write(siteDir, SitePage.METHODOLOGY, meta, MethodologyPage.render(catalogue, messages));
            writeOrganisations(siteDir.resolve("org"), gold, catalogue, meta);
            Exports.write(siteDir, gold, messages);
            Files.writeString(siteDir.resolve(PrintPage.FILE), PageTemplate.render(messages, SitePage.OVERVIEW,
                    messages.get("print.title"), "", meta, PrintPage.render(gold, messages)), StandardCharsets.UTF_8);
            return siteDir.resolve(SitePage.OVERVIEW.file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + siteDir, e);
        }
    }

    /** One page as HTML (tests render pages without writing files). */
    String page(SitePage page, GoldSnapshot gold, PageContent content) {
        return PageTemplate.render(messages, page, meta(gold), content);
    }

    private void write(Path siteDir, SitePage page, String meta, PageContent content) throws IOException {
        Files.writeString(siteDir.resolve(page.file), PageTemplate.render(messages, page, meta, content), StandardCharsets.UTF_8);
    }

    /** One page per organisation under org/, reached by the links of every table and by drill-down. */
    private void writeOrganisations(Path dir, GoldSnapshot gold, RuleCatalogue catalogue, String meta) throws IOException {
        Files.createDirectories(dir);
        OrgPage.Index index = OrgPage.Index.of(gold);
        for (GoldSnapshot.Organisation org : gold.organisations()) {
            Files.writeString(dir.resolve(org.code() + ".html"), PageTemplate.render(messages, SitePage.RANKINGS, org.name(), "../", meta,
                    OrgPage.render(org, index, gold, catalogue, messages)), StandardCharsets.UTF_8);
        }
    }

    private String meta(GoldSnapshot gold) {
        Messages m = messages;
        return m.get("data.source") + "：" + Html.text(gold.source()) + " · " + m.get("data.run") + "："
                + Html.text(gold.runId()) + " · " + m.get("data.computed_at") + "：" + Html.text(gold.computedAt());
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = SiteGenerator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
