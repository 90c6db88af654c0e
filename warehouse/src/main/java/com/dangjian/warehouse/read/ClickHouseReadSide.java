package com.dangjian.warehouse.read;

import java.util.regex.Pattern;

import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.contracts.config.ClickHouseSettings;
import com.dangjian.warehouse.clickhouse.Tsv;

/**
 * Gold answered by ClickHouse, in the configured database. 18.16 ignores the database that client-v2 sends
 * with each request, so table names after FROM/JOIN are qualified with the configured database here.
 */
public final class ClickHouseReadSide implements GoldReadSide {

    private static final Pattern TABLE = Pattern.compile(
            "(?i)\\b(FROM|JOIN|DESCRIBE\\s+TABLE|DESCRIBE|DESC\\s+TABLE|DESC)(\\s+)([A-Za-z_][A-Za-z0-9_]*)(?![.\\w(])");
    private static final Pattern SHOW_TABLES = Pattern.compile("(?i)^\\s*SHOW\\s+TABLES\\s*$");

    private final ClickHouse clickHouse;

    public ClickHouseReadSide(ClickHouseSettings settings) {
        this.clickHouse = new ClickHouse(settings);
    }

    @Override
    public Tsv.Table query(String sql) {
        return clickHouse.query(qualify(sql, clickHouse.settings().database()));
    }

    /** The tables an analyst may read here: the gold tables and the nights' run log. */
    public static final java.util.List<String> TABLES = com.dangjian.contracts.gold.GoldTables.WAREHOUSE.stream()
            .map(com.dangjian.contracts.gold.GoldTable::name).toList();

    /** Checked by {@link AnalystSql} on the parsed query, then run with readonly=1 besides. */
    @Override
    public Tsv.Table analystQuery(String sql) {
        String checked = AnalystSql.check(sql, TABLES, clickHouse.settings().database());
        return clickHouse.readOnlyQuery(qualify(checked, clickHouse.settings().database()));
    }

    static String qualify(String sql, String database) {
        if (SHOW_TABLES.matcher(sql).matches()) {
            return sql.strip() + " FROM " + database;
        }
        return TABLE.matcher(sql).replaceAll(m -> m.group(1) + m.group(2)
                + java.util.regex.Matcher.quoteReplacement(database + "." + m.group(3)));
    }

    @Override
    public String description() {
        return "ClickHouse " + clickHouse.settings().url() + "/" + clickHouse.settings().database();
    }

    @Override
    public void close() {
        clickHouse.close();
    }
}
