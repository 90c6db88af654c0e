package com.dangjian.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import com.dangjian.contracts.portal.OrganisationTree;

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
    private final Map<String, Double> seconds = new java.util.LinkedHashMap<>();

    public SiteGenerator(Messages messages) {
        this.messages = messages;
    }

    /** A site outside a night: the default rule catalogue, no stage lines. */
    public Path generate(GoldReadSide readSide, Path siteDir) {
        return generate(readSide, siteDir, RuleCatalogue.defaults(), NightStatus.none());
    }

    /** Writes the site into {@code siteDir}; returns the path of index.html. */
    public Path generate(GoldReadSide readSide, Path siteDir, RuleCatalogue catalogue, NightStatus night) {
        return generate(GoldSnapshot.read(readSide, night.asOf() == null ? null : java.time.LocalDate.parse(night.asOf())),
                siteDir, catalogue, night);
    }

    /** Writes the site of a snapshot already read (the portal's tests make one by hand). */
    public Path generate(GoldSnapshot gold, Path siteDir, RuleCatalogue catalogue, NightStatus night) {
        SiteFiles files = new SiteFiles(siteDir);
        seconds.clear();
        try {
            step("assets", () -> {
                copyResource(files, ECHARTS, "assets/echarts.min.js");
                copyResource(files, "/dashboards/site.css", "assets/site.css");
                copyResource(files, "/dashboards/page.js", "assets/page.js");
            });
            String meta = meta(gold);
            step("overview", () -> write(files, SitePage.OVERVIEW, meta, OverviewPage.render(gold, messages)));
            step("rankings", () -> {
                RankingsPage.Site rankings = RankingsPage.build(gold, messages, catalogue);
                write(files, SitePage.RANKINGS, meta, rankings.page());
                RankingsPage.writeRowScripts(files, rankings); // each other period's rows, loaded when chosen
            });
            step("compliance", () -> {
                write(files, SitePage.COMPLIANCE, meta, CompliancePage.render(gold, messages));
                CompliancePage.writeRuleScripts(files, gold, messages); // each rule's matrix, loaded when its tab is chosen
            });
            step("trends", () -> write(files, SitePage.TRENDS, meta, TrendsPage.render(gold, messages)));
            step("alarms", () -> write(files, SitePage.ALARMS, meta, AlarmsPage.render(gold, messages)));
            step("data", () -> write(files, SitePage.DATA, meta, DataStatusPage.render(gold, night, siteDir.resolve("reports"), messages)));
            step("methodology", () -> write(files, SitePage.METHODOLOGY, meta, MethodologyPage.render(catalogue, messages)));
            step("print", () -> {
                PageContent print = PrintPage.render(gold, messages);
                files.write(PrintPage.FILE, PageTemplate.render(messages, SitePage.OVERVIEW, messages.get("print.title"), "", meta,
                        print, PageTemplate.scriptOf(PrintPage.FILE)));
                files.write(PageTemplate.scriptOf(PrintPage.FILE), print.script());
            });
            step("organisations", () -> writeOrganisations(files, gold, catalogue, meta));
            step("exports", () -> Exports.write(files, gold, messages));
            step("search", () -> {
                files.write(SearchIndex.FILE, SearchIndex.script(gold, messages));
                files.write(OrganisationTree.FILE, OrganisationTree.json(gold.organisations().stream()
                        .map(o -> new OrganisationTree.Organisation(o.code(), o.name(), o.type(), o.parent())).toList()));
                files.removeUnwritten(OrgPage.DIR);
                files.removeUnwritten(Exports.DIR + "/" + OrgPage.DIR);
            });
            return siteDir.resolve(SitePage.OVERVIEW.file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + siteDir, e);
        }
    }

    /** Wall seconds of each part of the last site written, in order (pages, organisations, exports …). */
    public Map<String, Double> seconds() {
        return seconds;
    }

    private interface Step {
        void run() throws IOException;
    }

    private void step(String name, Step step) throws IOException {
        long t = System.nanoTime();
        step.run();
        seconds.put(name, (System.nanoTime() - t) / 1e9);
    }

    /** One page as HTML (tests render pages without writing files). */
    String page(SitePage page, GoldSnapshot gold, PageContent content) {
        return PageTemplate.render(messages, page, meta(gold), content);
    }

    private void write(SiteFiles files, SitePage page, String meta, PageContent content) throws IOException {
        files.write(page.file, PageTemplate.render(messages, page, meta, content));
        files.write(PageTemplate.scriptOf(page.file), content.script());
    }

    /**
     * Two pages per organisation under org/: CODE.html, reached by the links of every table and by drill-down, names
     * no member; CODE.members.html is the same page with its member-level detail (the members behind each alarm and
     * result), which the portal serves only to those who may see it. Both share the script CODE.js (charts name no member).
     */
    private void writeOrganisations(SiteFiles files, GoldSnapshot gold, RuleCatalogue catalogue, String meta) throws IOException {
        OrgPage.Index index = OrgPage.Index.of(gold);
        // Each organisation's pages depend on nothing written for another, so they are written on every core: at
        // province scale there are thousands, and they are most of the stage.
        try {
            gold.organisations().parallelStream().forEach(org -> {
                try {
                    writeOrganisation(files, org, index, gold, catalogue, meta);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeOrganisation(SiteFiles files, GoldSnapshot.Organisation org, OrgPage.Index index, GoldSnapshot gold,
                                   RuleCatalogue catalogue, String meta) throws IOException {
        String script = OrgPage.DIR + "/" + org.code() + ".js";
        OrgPage.Pages pages = OrgPage.renderBoth(org, index, gold, catalogue, messages);
        files.write(OrgPage.DIR + "/" + OrgPage.file(org.code(), OrgPage.Detail.SUMMARY), PageTemplate.render(messages,
                null, org.name(), "../", meta, new PageContent(pages.summary(), ""), org.code() + ".js"));
        files.write(OrgPage.DIR + "/" + OrgPage.file(org.code(), OrgPage.Detail.MEMBERS), PageTemplate.render(messages,
                null, org.name(), "../", meta, new PageContent(pages.members(), ""), org.code() + ".js"));
        files.write(script, pages.script());
        Exports.writeOrganisation(files, org, index, messages);
    }

    /**
     * The header's badge on every page: the date the data runs to, the rows the sources' readers refused (linked to
     * the data page, which says why), and when the night computed it — no lake path or server address.
     */
    private String meta(GoldSnapshot gold) {
        Messages m = messages;
        String asOf = gold.asOf() != null ? gold.asOf()
                : gold.computedAt() != null ? gold.computedAt().substring(0, Math.min(10, gold.computedAt().length())) : "—";
        long rejected = gold.rejects().stream().mapToLong(GoldSnapshot.RowCount::rows).sum();
        return "<span class=\"badge\" id=\"badge\"><span id=\"badge-as-of\">" + Html.text(m.get("badge.as_of").replace("{date}", asOf))
                + "</span> · <a id=\"badge-rejects\" href=\"{{root}}" + SitePage.DATA.file + "\" title=\"" + Html.text(m.get("badge.rejects.title"))
                + "\">" + Html.text(m.get("badge.rejects").replace("{n}", String.valueOf(rejected))) + "</a></span> · "
                + m.get("data.computed_at") + "：" + Html.text(gold.computedAt() == null ? "—" : gold.computedAt());
    }

    private static void copyResource(SiteFiles files, String resource, String target) throws IOException {
        try (InputStream in = SiteGenerator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            files.write(target, in::transferTo);
        }
    }
}
