package com.dangjian.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Our own page template (echarts-java's would load ECharts from a CDN) with the site's navigation. */
final class PageTemplate {

    private static final String TEMPLATE = load();

    private PageTemplate() {
    }

    static String render(Messages m, SitePage page, String meta, PageContent content) {
        return render(m, page, m.get(page.label), "", meta, content, scriptOf(page.file));
    }

    /** Where a top-level page's own script is written, relative to the site's root. */
    static String scriptOf(String pageFile) {
        return "assets/pages/" + pageFile.replace(".html", ".js");
    }

    /**
     * @param page       the site page highlighted in the navigation (null: none, an organisation's page is none of them)
     * @param title      the page's own title (an organisation's name on its page)
     * @param root       the way back to the site's root from the page ("" or "../"), for assets and navigation
     * @param scriptFile the page's own script file, relative to the page (pages carry no inline script)
     */
    static String render(Messages m, SitePage page, String title, String root, String meta, PageContent content, String scriptFile) {
        StringBuilder nav = new StringBuilder("<nav aria-label=\"" + Html.text(m.get("nav.label")) + "\"><ul>");
        for (SitePage p : SitePage.values()) {
            nav.append("<li><a href=\"").append(root).append(p.file).append("\"")
                    .append(p == page ? " aria-current=\"page\"" : "").append(">")
                    .append(Html.text(m.get(p.label))).append("</a></li>");
        }
        nav.append("</ul></nav>");
        String frame = TEMPLATE
                .replace("{{lang}}", m.language().equals("zh") ? "zh-CN" : m.language())
                .replace("{{title}}", Html.text(title) + " · " + Html.text(m.get("site.title")))
                .replace("{{meta}}", meta) // first: the badge links with {{root}}
                .replace("{{search}}", search(m))
                .replace("{{root}}", root)
                .replace("{{heading}}", Html.text(m.get("site.title")))
                .replace("{{subtitle}}", Html.text(m.get("site.subtitle")))
                .replace("{{nav}}", nav)
                .replace("{{pageScript}}", Html.text(scriptFile));
        // The body last and untouched: never searched for placeholders (it can be megabytes, and its text is data).
        int at = frame.indexOf(BODY);
        return new StringBuilder(frame.length() + content.body().length()).append(frame, 0, at).append(content.body())
                .append(frame, at + BODY.length(), frame.length()).toString();
    }

    private static final String BODY = "{{body}}";

    /**
     * The organisation search box of every page (page.js fills the list from assets/organisations.js when the box
     * is first used; the list's links lead to the organisations' pages from this page's root).
     */
    private static String search(Messages m) {
        return "<div class=\"search\" role=\"search\" data-root=\"{{root}}\" data-none=\"" + Html.text(m.get("search.none"))
                + "\"><label for=\"org-search\">" + Html.text(m.get("search.label")) + "</label> <input id=\"org-search\" type=\"search\""
                + " autocomplete=\"off\" placeholder=\"" + Html.text(m.get("search.placeholder")) + "\"><ul id=\"org-search-results\""
                + " hidden></ul></div>";
    }

    private static String load() {
        try (InputStream in = PageTemplate.class.getResourceAsStream("/dashboards/page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
