package com.dangjian.dashboards;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.dangjian.warehouse.clickhouse.Tsv;
import com.dangjian.warehouse.read.GoldQueries;
import com.dangjian.warehouse.read.GoldReadSide;

/** What the site shows, read once from the read side (ClickHouse or the gold lake). */
public record GoldSnapshot(List<Organisation> organisations, List<Scorecard> scorecards, List<RuleResult> ruleResults,
                           List<Evidence> evidence, List<Alarm> alarms, List<Trend> trends, List<Progress> progress,
                           String asOf, String source,
                           String runId, String computedAt, List<Deduction> deductions, List<RowCount> heldRows,
                           List<RowCount> rejects) {

    /** Without deductions, held rows and rejects (pages that do not show them; tests). */
    public GoldSnapshot(List<Organisation> organisations, List<Scorecard> scorecards, List<RuleResult> ruleResults,
                        List<Evidence> evidence, List<Alarm> alarms, List<Trend> trends, List<Progress> progress,
                        String asOf, String source, String runId, String computedAt) {
        this(organisations, scorecards, ruleResults, evidence, alarms, trends, progress, asOf, source, runId, computedAt,
                List.of(), List.of(), List.of());
    }

    /**
     * What the engagement index and the evaluation score are made of: attendance, study and service as shares
     * (0–1), the quarterly assessment and the secretary's review (0–100); each may be empty.
     */
    public record Parts(Double attendance, Double study, Double service, Double quarterlyAssessment, Double secretaryReview) {
        public static final Parts NONE = new Parts(null, null, null, null, null);
    }

    /** A rule that took points off a branch's compliance index in a month (from the result that gives its status). */
    public record Deduction(String orgCode, String month, String ruleId, String periodType, String periodStart,
                            String periodEnd, String status, Double score, double points) {
    }

    /** Rows held or rejected, per source, table and reason; {@code night} is since when (held) or the latest night (rejects). */
    public record RowCount(String source, String table, String reason, long rows, String night) {
    }

    public record Organisation(String code, String name, String type, String parent, String category) {
    }

    /** One organisation's month; ranks are among organisations of the same type. */
    public record Scorecard(String orgCode, String month, Double compliance, Double engagement, Double evaluation,
                            Double overall, int rank, int rankInCategory, Integer rankChange, String category,
                            String orgType, long members, String region, Integer rankInRegion, Parts parts) {

        public Scorecard(String orgCode, String month, Double compliance, Double engagement, Double evaluation, Double overall,
                         int rank, int rankInCategory, Integer rankChange, String category, String orgType, long members,
                         String region, Integer rankInRegion) {
            this(orgCode, month, compliance, engagement, evaluation, overall, rank, rankInCategory, rankChange, category, orgType,
                    members, region, rankInRegion, Parts.NONE);
        }

        /** Scored without an evaluation: the overall score re-normalises over compliance and engagement. */
        public boolean withoutEvaluation() {
            return evaluation == null;
        }

        /** The card without a region (the provincial department's own organs). */
        public Scorecard(String orgCode, String month, Double compliance, Double engagement, Double evaluation, Double overall,
                         int rank, int rankInCategory, Integer rankChange, String category, String orgType, long members) {
            this(orgCode, month, compliance, engagement, evaluation, overall, rank, rankInCategory, rankChange, category, orgType,
                    members, null, null);
        }
    }

    /** One index of one organisation and month with its moving average, 6-month slope, QoQ and YoY change. */
    public record Trend(String orgCode, String month, String index, Double value, Double ma3, Double slope6, Double qoq,
                        Double yoy) {
    }

    /** A record behind a rule result (a meeting counted, a member who fell short…), with what it is in words. */
    public record Evidence(String orgCode, String ruleId, String periodStart, String kind, String ref, String detail) {

        public Evidence(String orgCode, String ruleId, String periodStart, String kind, String ref) {
            this(orgCode, ruleId, periodStart, kind, ref, null);
        }
    }

    /**
     * Where a branch stands in the month or quarter in progress for one count rule (gold rule_progress, computed
     * by the transform): held so far against required.
     */
    public record Progress(String orgCode, String ruleId, String periodType, String periodStart, int required, int actual) {
    }

    public record Alarm(String orgCode, String ruleId, String type, String subject, String since, String asOf, String note) {
    }

    public record RuleResult(String orgCode, String ruleId, String periodType, String periodStart, String periodEnd,
                             String status, String note) {
    }

    public static GoldSnapshot read(GoldReadSide readSide) {
        return read(readSide, null);
    }

    /**
     * The queries run at once, the largest first: most of their seconds are the server's scan and this JVM's parsing
     * of the rows, each on one core, so a query waits on no other's parsing.
     *
     * @param asOf the night's date (null outside a night): branch pages show what is still due as of it
     */
    public static GoldSnapshot read(GoldReadSide readSide, java.time.LocalDate asOf) {
        try (Reads reads = new Reads(readSide)) {
            var results = reads.rows(GoldQueries.RULE_RESULTS, r -> new RuleResult(
                    r.get("org_code"), r.get("rule_id"), r.get("period_type"), r.get("period_start"), r.get("period_end"),
                    r.get("status"), r.get("note")));
            var evidence = reads.rows(GoldQueries.EVIDENCE, r -> new Evidence(r.get("org_code"),
                    r.get("rule_id"), r.get("period_start"), r.get("kind"), r.get("ref"), r.get("detail")));
            var trends = reads.rows(GoldQueries.TRENDS, r -> new Trend(r.get("org_code"), r.get("month"),
                    r.get("index_name"), number(r.get("value")), number(r.get("ma3")), number(r.get("slope6")), number(r.get("qoq")),
                    number(r.get("yoy"))));
            var deductions = reads.rows(GoldQueries.BREAKDOWN, r -> new Deduction(r.get("org_code"),
                    r.get("month"), r.get("rule_id"), r.get("period_type"), r.get("period_start"), r.get("period_end"),
                    r.get("status"), number(r.get("score")), Double.parseDouble(r.get("deduction"))));
            var cards = reads.rows(GoldQueries.SCORECARDS, r -> new Scorecard(
                    r.get("org_code"), r.get("month"), number(r.get("compliance_index")), number(r.get("engagement_index")),
                    number(r.get("evaluation_score")), number(r.get("overall_score")),
                    Integer.parseInt(r.get("rank_overall")), Integer.parseInt(r.get("rank_in_category")),
                    r.get("rank_change") == null ? null : Integer.valueOf(r.get("rank_change")), r.get("category"),
                    r.get("org_type"), Long.parseLong(r.get("members")), r.get("region"),
                    r.get("rank_in_region") == null ? null : Integer.valueOf(r.get("rank_in_region")),
                    new Parts(number(r.get("attendance")), number(r.get("study")), number(r.get("service")),
                            number(r.get("quarterly_assessment")), number(r.get("secretary_review")))));
            var orgs = reads.rows(GoldQueries.ORGANISATIONS, r -> new Organisation(
                    r.get("org_code"), r.get("name"), r.get("org_type"), r.get("parent_code"), r.get("category")));
            var held = reads.rows(GoldQueries.HELD_ROWS, r -> new RowCount(r.get("source"),
                    r.get("table_name"), r.get("reason_code"), Long.parseLong(r.get("held_rows")), r.get("since")));
            var rejects = reads.rows(GoldQueries.REJECTS, r -> new RowCount(r.get("source"),
                    r.get("table_name"), r.get("reason_code"), Long.parseLong(r.get("rejected_rows")), r.get("last_night")));
            var alarms = reads.rows(GoldQueries.ALARMS, r -> new Alarm(r.get("org_code"), r.get("rule_id"),
                    r.get("alarm_type"), r.get("subject"), r.get("since"), r.get("as_of"), r.get("note")));
            var progress = reads.rows(GoldQueries.PROGRESS, r -> new Progress(r.get("org_code"),
                    r.get("rule_id"), r.get("period_type"), r.get("period_start"), (int) Double.parseDouble(r.get("required")),
                    (int) Double.parseDouble(r.get("actual"))));
            var run = reads.rows(GoldQueries.RUN, r -> java.util.Arrays.asList(r.get("run_id"), r.get("computed_at")));
            List<List<String>> runRows = Reads.get(run);
            List<String> runRow = runRows.isEmpty() ? java.util.Arrays.asList(null, null) : runRows.get(0);
            return new GoldSnapshot(Reads.get(orgs), Reads.get(cards), Reads.get(results), Reads.get(evidence),
                    Reads.get(alarms), Reads.get(trends), Reads.get(progress), asOf == null ? null : asOf.toString(),
                    readSide.description(), runRow.get(0), runRow.get(1), Reads.get(deductions), Reads.get(held),
                    Reads.get(rejects));
        }
    }

    /** The snapshot's queries, each read and turned into records on a thread of a small pool (one per core). */
    private static final class Reads implements AutoCloseable {
        private final GoldReadSide readSide;
        private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                    Thread t = new Thread(r, "gold-read");
                    t.setDaemon(true);
                    return t;
                });

        Reads(GoldReadSide readSide) {
            this.readSide = readSide;
        }

        <T> java.util.concurrent.Future<List<T>> rows(String sql, Function<Named, T> map) {
            return pool.submit(() -> GoldSnapshot.rows(readSide.query(sql), map));
        }

        /** The query's records, or its failure as thrown by the read side (which names the query). */
        static <T> T get(java.util.concurrent.Future<T> read) {
            try {
                return read.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("reading gold failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading gold", e);
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** The branches' scorecards (rankings and the matrix compare branches with branches). */
    public List<Scorecard> branchScorecards() {
        return scorecards.stream().filter(s -> "BRANCH".equals(s.orgType())).toList();
    }

    /** Months with branch scorecards, "yyyy-MM", ascending. */
    public List<String> months() {
        return branchScorecards().stream().map(s -> s.month().substring(0, 7)).distinct().sorted().toList();
    }

    public Map<String, Organisation> organisationsByCode() {
        return organisations.stream().collect(Collectors.toMap(Organisation::code, Function.identity()));
    }

    private static Double number(String s) {
        return s == null ? null : Double.valueOf(s);
    }

    /** A row's values by column name, the names looked up once per table (not a map built for every row). */
    private static final class Named {
        private final Map<String, Integer> index = new java.util.HashMap<>();
        private List<String> row;

        Named(List<String> columns) {
            for (int i = 0; i < columns.size(); i++) {
                index.put(columns.get(i), i);
            }
        }

        String get(String column) {
            Integer i = index.get(column);
            return i == null ? null : row.get(i);
        }
    }

    private static <T> List<T> rows(Tsv.Table table, Function<Named, T> map) {
        Named named = new Named(table.columns());
        List<T> out = new java.util.ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            named.row = row;
            out.add(map.apply(named));
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
