package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.dangjian.contracts.rules.RuleCatalogue;

/**
 * 排名: the ranking of any month, quarter, year or the year to date, of branches, general branches or committees,
 * overall or within a peer group (category, region), as a bar chart — the three parts of the score stacked, so a
 * leader sees what a score is made of — with the sortable table beside it. Chart and table are drawn in the page from
 * the period's and type's rows as data (RankingTable.data; no chart per month and group embedded, no rows written
 * into the page: it stays small at province scale).
 */
final class RankingsPage {

    static final String ALL = "ALL";
    /** Prefecture organs are also compared within their region (rules.md); the provincial organs are not. */
    static final String REGION = "REGION:";
    static final String PROVINCE = "PROVINCE";
    static final List<String> TYPES = List.of("BRANCH", "GENERAL_BRANCH", "COMMITTEE");

    private RankingsPage() {
    }

    /** Where the other periods' and types' rows go: one script per period and type, loaded when chosen. */
    static final String ROWS_PREFIX = "assets/ranking-";

    /** The page (holding the latest month's branches) and the scripts of every other period and type, by file. */
    record Site(PageContent page, Map<String, String> rowScripts) {
    }

    static PageContent render(GoldSnapshot gold, Messages m) {
        return build(gold, m, RuleCatalogue.defaults()).page();
    }

    static Site build(GoldSnapshot gold, Messages m, RuleCatalogue catalogue) {
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        StringBuilder body = new StringBuilder("<section id=\"ranking-section\" data-loading=\"").append(Html.text(m.get("matrix.loading")))
                .append("\"><h2>").append(m.get("section.ranking")).append("</h2><p class=\"note\">").append(m.get("section.ranking.note"))
                .append("</p>");
        List<String> months = gold.scorecards().stream().map(s -> s.month().substring(0, 7)).distinct().sorted().toList();
        if (gold.branchScorecards().isEmpty()) {
            return new Site(new PageContent(body.append("<p>").append(m.get("empty")).append("</p></section>").toString(), ""), Map.of());
        }
        String latest = gold.months().get(gold.months().size() - 1);
        List<String> categories = gold.branchScorecards().stream().map(GoldSnapshot.Scorecard::category).distinct().sorted().toList();
        List<String> regions = gold.branchScorecards().stream().map(GoldSnapshot.Scorecard::region)
                .filter(r -> r != null && !r.equals(PROVINCE)).distinct().sorted().toList();
        List<String> types = TYPES.stream().filter(t -> gold.scorecards().stream().anyMatch(s -> t.equals(s.orgType()))).toList();
        List<String> periods = PeriodRanking.periods(months);
        filters(body, months, periods, types, categories, regions, m);
        int rows = gold.branchScorecards().stream().collect(Collectors.groupingBy(GoldSnapshot.Scorecard::month, Collectors.counting()))
                .values().stream().mapToInt(Long::intValue).max().orElse(1);
        Map<String, String> rowScripts = new java.util.LinkedHashMap<>();
        String opening = RankingTable.body(latest, "BRANCH"); // the rows' place, even when the latest month ranks no branch
        String openingRows = "";
        for (String type : types) {
            List<GoldSnapshot.Scorecard> ofType = gold.scorecards().stream().filter(s -> type.equals(s.orgType())).toList();
            Map<String, List<GoldSnapshot.Scorecard>> byPeriod = ofType.stream()
                    .collect(Collectors.groupingBy(s -> s.month().substring(0, 7), TreeMap::new, Collectors.toList()));
            for (String period : periods) {
                List<GoldSnapshot.Scorecard> cards = PeriodRanking.of(period, ofType, latest, s -> OrgPage.Index.rankedTogether(s, orgs));
                if (!cards.isEmpty()) {
                    byPeriod.put(period, cards);
                }
            }
            for (var e : byPeriod.entrySet()) {
                String rowScript = "RANKING_ROWS[" + Scripts.string(e.getKey() + "|" + type) + "] = "
                        + RankingTable.data(byLevelThenRank(e.getValue(), orgs), orgs) + ";\n";
                if (e.getKey().equals(latest) && type.equals("BRANCH")) {
                    opening = RankingTable.body(e.getKey(), type);
                    openingRows = rowScript;
                } else {
                    rowScripts.put(rowsFile(e.getKey(), type), rowScript);
                }
            }
        }
        body.append("<div class=\"row\"><div id=\"ranking\" class=\"chart\" role=\"img\" aria-label=\"")
                .append(m.get("section.ranking")).append("\" style=\"height:").append(80 + 24 * Math.min(rows, 2 * CHART_ENDS + 1)).append("px\"></div>")
                .append("<div class=\"table-wrap\"><table id=\"ranking-table\" aria-label=\"").append(m.get("chart.table_alt"))
                .append("\" data-drawn data-more=\"").append(Html.text(m.get("table.more"))).append("\">").append(RankingTable.header(m))
                .append(opening).append("</table></div></div></section>");
        Map<String, String> text = new java.util.HashMap<>(Map.of(
                "title", Scripts.string(m.get("section.ranking")), "overall", Scripts.string(m.get("overall")),
                "compliance", Scripts.string(m.get("compliance")), "engagement", Scripts.string(m.get("engagement")),
                "evaluation", Scripts.string(m.get("evaluation")), "gap", Scripts.string(m.get("ranking.chart.gap")),
                "noEvaluation", Scripts.string(m.get("evaluation.none")), "renormalised", Scripts.string(m.get("evaluation.renormalised"))));
        text.put("change", "{\"new\": " + Scripts.string(m.get("new")) + ", \"up\": " + Scripts.string(m.get("up")) + ", \"down\": "
                + Scripts.string(m.get("down")) + ", \"same\": " + Scripts.string(m.get("same")) + ", \"newArrow\": "
                + Scripts.string(RankingChart.arrow(null)) + "}");
        text.put("categories", "{" + categories.stream().map(c -> Scripts.string(c) + ": " + Scripts.string(m.label("category", c)))
                .collect(Collectors.joining(", ")) + "}");
        String script = "var RANKING_TEXT = " + Scripts.object(text) + ";\n"
                + "var RANKING_WEIGHTS = [" + catalogue.scorecardWeight("weights.compliance", 0.4) + ", "
                + catalogue.scorecardWeight("weights.engagement", 0.3) + ", " + catalogue.scorecardWeight("weights.evaluation", 0.3) + "];\n"
                + "var RANKING_COLOURS = ['" + Palette.BAR + "', '" + Palette.PASS + "', '" + Palette.FAIL + "', '" + Palette.THIRD + "'];\n"
                + "var RANKING_ROWS = {};\n" + openingRows
                + SCRIPT;
        return new Site(new PageContent(body.toString(), script), rowScripts);
    }

    /**
     * Writes the other periods' and types' row scripts and removes those of an earlier generation this one did not
     * write (a period or type no longer in the scorecards), as the compliance page does with its rules' scripts.
     */
    static void writeRowScripts(SiteFiles files, Site site) throws java.io.IOException {
        for (var script : site.rowScripts().entrySet()) {
            files.write(script.getKey(), script.getValue());
        }
        files.removeUnwritten("assets", ROWS_PREFIX.substring("assets/".length()));
    }

    /** The script of a period's and type's rows, relative to the site's root (and to rankings.html). */
    static String rowsFile(String period, String type) {
        return ROWS_PREFIX + period + "-" + type + ".js";
    }

    /** Committees of the top level before those below them, each level in rank order. */
    private static List<GoldSnapshot.Scorecard> byLevelThenRank(List<GoldSnapshot.Scorecard> cards, Map<String, GoldSnapshot.Organisation> orgs) {
        return cards.stream().sorted(Comparator.comparing((GoldSnapshot.Scorecard s) -> !OrgPage.Index.rankedTogether(s, orgs).endsWith("|TOP"))
                .thenComparingInt(GoldSnapshot.Scorecard::rank)).toList();
    }

    /** The period, organisation type and peer-group selectors, the export and the print view. */
    private static void filters(StringBuilder body, List<String> months, List<String> periods, List<String> types,
                                List<String> categories, List<String> regions, Messages m) {
        body.append("<div class=\"filters\"><label>").append(m.get("period")).append(" <select id=\"month\"><optgroup label=\"")
                .append(m.get("period.months")).append("\">");
        new ArrayList<>(months).stream().sorted(Comparator.reverseOrder()).forEach(month ->
                body.append("<option value=\"").append(month).append("\">").append(month).append("</option>"));
        body.append("</optgroup><optgroup label=\"").append(m.get("period.longer")).append("\">");
        periods.forEach(p -> body.append("<option value=\"").append(p).append("\">").append(Html.text(periodLabel(p, m))).append("</option>"));
        body.append("</optgroup></select></label><label>").append(m.get("org.type")).append(" <select id=\"org-type\">");
        types.forEach(t -> body.append("<option value=\"").append(t).append("\">").append(Html.text(m.label("org_type", t))).append("</option>"));
        body.append("</select></label><label>").append(m.get("peer_group")).append(" <select id=\"category\"><option value=\"")
                .append(ALL).append("\">").append(m.get("peer_group.all")).append("</option>");
        categories.forEach(c -> body.append("<option value=\"").append(Html.text(c)).append("\">")
                .append(Html.text(m.label("category", c))).append("</option>"));
        regions.forEach(r -> body.append("<option value=\"").append(REGION).append(Html.text(r)).append("\">")
                .append(Html.text(m.get("peer_group.region").replace("{region}", m.label("region", r)))).append("</option>"));
        body.append("</select></label><a href=\"").append(Exports.DIR).append("/").append(Exports.RANKINGS).append("\" download>")
                .append(m.get("export.xlsx")).append("</a> <a href=\"print.html\">").append(m.get("print.link")).append("</a></div>")
                .append("<p class=\"note\">").append(m.get("period.note")).append("</p>");
    }

    /** "2024-Q1" → "2024年第1季度", "2024" → "2024年", "2026-YTD" → "2026年初至今". */
    static String periodLabel(String period, Messages m) {
        if (period.endsWith("-YTD")) {
            return m.get("period.ytd").replace("{year}", period.substring(0, 4));
        }
        if (period.contains("-Q")) {
            return m.get("period.quarter").replace("{year}", period.substring(0, 4)).replace("{q}", period.substring(6));
        }
        return m.get("period.year.label").replace("{year}", period);
    }

    /**
     * Shows the chosen period's and type's rows (filtered by peer group) and draws them: the overall score as an
     * outlined bar labelled with the score and the rank change, the three parts — each index times its weight,
     * re-normalised without an evaluation, as the overall score is — stacked inside it.
     */
    /**
     * How many of the first and of the last places the chart draws when there are more (the table lists all): a
     * province's two thousand branches would make a chart 48,000 pixels tall that takes seconds to open.
     */
    static final int CHART_ENDS = 20;

    private static final String SCRIPT = "var RANKING_ENDS = " + CHART_ENDS + ";\n" + """
            var rankingChart = mountChart('ranking', {});
            // A row of RANKING_ROWS (RankingTable.data): what each of its fields is.
            var CODE = 0, NAME = 1, CATEGORY = 2, REGION = 3, LEVEL = 4, RANK = 5, IN_CATEGORY = 6, IN_REGION = 7, CHANGE = 8,
                SCORES = 9, SHOWN = 13; // SCORES and SHOWN: overall, compliance, engagement, evaluation (two and one decimals)
            function rankingOption(rows, category, label) {
              var names = [], overall = [], parts = [[], [], []];
              rows.forEach(function (r) {
                if (r.gap) { // the places between the first and the last ones drawn
                  names.push(RANKING_TEXT.gap.replace('{n}', r.gap)); overall.push(null); parts.forEach(function (p) { p.push(null); });
                  return;
                }
                var rank = category === 'ALL' ? r[RANK] : category.indexOf('REGION:') === 0 ? r[IN_REGION] : r[IN_CATEGORY];
                var v = r.slice(SCORES + 1, SCORES + 4);
                var w = RANKING_WEIGHTS.slice(), total = 0;
                if (v[2] === null) { w[2] = 0; }
                w.forEach(function (x) { total += x; });
                names.push(rank + '. ' + r[NAME]);
                overall.push({value: r[SCORES], label: {show: true, position: 'right',
                    formatter: oneDecimal(r[SHOWN]) + '  ' + changeArrow(r)}});
                v.forEach(function (x, i) { parts[i].push(x === null ? 0 : Math.round(x * w[i] / total * 100) / 100); });
              });
              var t = RANKING_TEXT, part = function (i, name) {
                return {type: 'bar', name: name, stack: 'parts', barGap: '-100%', barMaxWidth: 28, color: RANKING_COLOURS[i + 1], data: parts[i]};
              };
              return {title: {text: t.title + ' · ' + label, left: 'center'}, tooltip: {trigger: 'axis'}, animation: false,
                legend: {top: 22}, grid: {left: '2%', right: '10%', top: 56, bottom: 30, containLabel: true},
                xAxis: {type: 'value', name: t.overall, min: 0, max: 100}, yAxis: {type: 'category', inverse: true, data: names},
                series: [{type: 'bar', name: t.overall, barGap: '-100%', barMaxWidth: 28, z: 3, data: overall,
                          itemStyle: {color: 'transparent', borderColor: '#333', borderWidth: 1}},
                         part(0, t.compliance), part(1, t.engagement), part(2, t.evaluation)]};
            }
            var shownPeriod = null;
            // A month's rank change (▲ up, ▼ down, ＝ unchanged, new); a quarter's, year's or year to date's has none.
            function isMonth() { return /^\\d{4}-\\d{2}$/.test(shownPeriod); }
            function changeArrow(r) {
              var c = r[CHANGE];
              return !isMonth() ? '' : c === null ? RANKING_TEXT.change.newArrow : c > 0 ? '▲' + c : c < 0 ? '▼' + (-c) : '＝';
            }
            function shownScore(r, i) { return r[SHOWN + i] === null ? '—' : oneDecimal(r[SHOWN + i]); }
            // What each column's cell shows: the table's rows and its click-to-sort read the same text.
            var columns = [
              function (r) { return String(r[RANK]); }, function (r) { return String(r[IN_CATEGORY]); }, function (r) { return r[NAME]; },
              function (r) { return RANKING_TEXT.categories[r[CATEGORY]] || r[CATEGORY]; },
              function (r) { return shownScore(r, 0) + (r[SCORES + 3] === null ? '*' : ''); },
              function (r) { return shownScore(r, 1); }, function (r) { return shownScore(r, 2); },
              function (r) { return r[SHOWN + 3] === null ? RANKING_TEXT.noEvaluation : oneDecimal(r[SHOWN + 3]); },
              function (r) { return isMonth() ? changeArrow(r) : '—'; }];
            function rowHtml(r) {
              var c = r[CHANGE], t = RANKING_TEXT, month = isMonth();
              var change = !month ? '' : c === null ? t.change['new'] : c > 0 ? t.change.up : c < 0 ? t.change.down : t.change.same;
              // data-v: the overall score to two decimals, as the chart draws it (the cell shows one)
              return '<tr data-org="' + escapeHtml(r[CODE]) + '" data-v="' + (r[SCORES] === null ? '' : r[SCORES]) + '"><td class="num">' + r[RANK] + '</td><td class="num">' + r[IN_CATEGORY]
                + '</td><td title="' + escapeHtml(r[CODE]) + '"><a href="org/' + escapeHtml(r[CODE]) + '.html">' + escapeHtml(r[NAME])
                + '</a></td><td>' + escapeHtml(columns[3](r)) + '</td><td class="num"'
                + (r[SCORES + 3] === null ? ' title="' + escapeHtml(t.renormalised) + '">' : '>') + columns[4](r)
                + '</td><td class="num">' + columns[5](r) + '</td><td class="num">' + columns[6](r) + '</td><td class="num">'
                + (r[SHOWN + 3] === null ? '<span class="missing">' + escapeHtml(t.noEvaluation) + '</span>' : columns[7](r))
                + '</td><td class="' + (month && c > 0 ? 'up' : month && c < 0 ? 'down' : '') + '" title="' + escapeHtml(change) + '">'
                + columns[8](r) + '</td></tr>';
            }
            var rankingRows = drawnRows(document.getElementById('ranking-table'), rowHtml, function (r, col) { return columns[col](r); });
            // The rows of the chosen period and type: in the page's script for the latest month's branches, else from their
            // script, loaded once when first chosen (pages open from file://: a script, not a fetch).
            function withRows(period, type, then) {
              var key = period + '|' + type;
              if (RANKING_ROWS[key] !== undefined) { then(RANKING_ROWS[key]); return; }
              var section = document.getElementById('ranking-section');
              section.setAttribute('aria-busy', 'true');
              var s = document.createElement('script');
              s.src = 'assets/ranking-' + period + '-' + type + '.js';
              s.onload = function () { section.removeAttribute('aria-busy'); then(RANKING_ROWS[key] || []); };
              s.onerror = function () { section.removeAttribute('aria-busy'); RANKING_ROWS[key] = []; then([]); };
              document.head.appendChild(s);
            }
            function showRanking() {
              var period = document.getElementById('month').value, type = document.getElementById('org-type').value;
              withRows(period, type, function (rows) { drawRanking(period, type, rows); });
            }
            function drawRanking(period, type, rows) {
              var category = document.getElementById('category').value, tbody = document.querySelector('#ranking-table tbody');
              var inGroup = rows.filter(function (r) {
                return category === 'ALL' || r[CATEGORY] === category || 'REGION:' + r[REGION] === category;
              });
              shownPeriod = period;
              tbody.dataset.month = period; tbody.dataset.type = type;
              rankingRows.show(inGroup);
              var rank = category === 'ALL' ? RANK : category.indexOf('REGION:') === 0 ? IN_REGION : IN_CATEGORY;
              var shown = inGroup.filter(function (r) { return category.indexOf('REGION:') !== 0 || r[IN_REGION] !== null; });
              shown.sort(function (a, b) { return a[LEVEL] - b[LEVEL] || a[rank] - b[rank]; });
              var select = document.getElementById('month');
              var drawn = shown.length > 2 * RANKING_ENDS + 1
                  ? shown.slice(0, RANKING_ENDS).concat([{gap: shown.length - 2 * RANKING_ENDS}], shown.slice(-RANKING_ENDS)) : shown;
              document.getElementById('ranking').style.height = (80 + 24 * Math.max(1, drawn.length)) + 'px';
              rankingChart.resize();
              rankingChart.setOption(rankingOption(drawn, category, select.options[select.selectedIndex].text), true);
            }
            // #period=2024-Q1&type=COMMITTEE in the address opens the page on that period and type (links, tests).
            (function () {
              var p = /period=([0-9A-Z-]+)/.exec(location.hash), t = /type=([A-Z_]+)/.exec(location.hash);
              if (p) { document.getElementById('month').value = p[1]; }
              if (t) { document.getElementById('org-type').value = t[1]; }
            })();
            ['month', 'org-type', 'category'].forEach(function (id) {
              document.getElementById(id).addEventListener('change', showRanking);
            });
            showRanking();
            """;
}
