package com.dangjian.notebooks;

import com.dangjian.contracts.config.NightConfig;
import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.contracts.config.ClickHouseSettings;
import com.dangjian.warehouse.read.ClickHouseReadSide;
import com.dangjian.warehouse.read.GoldReadSide;
import com.dangjian.warehouse.read.LakeReadSide;
import com.dangjian.warehouse.read.ReadOnlySql;

/**
 * The gold tables (docs/data-dictionary.md) for one configuration, read-only. {@link #sql} asks ClickHouse when
 * configured, else Spark over the Parquet lake; {@link #lake()} always asks the lake. Both speak the SQL they
 * share for single tables (SELECT … WHERE … GROUP BY … ORDER BY, count(*), sum, avg, min, max, round); join
 * and reshape in Java, so a notebook runs against either.
 */
public final class Warehouse implements AutoCloseable {

    private final NightConfig config;
    private final GoldReadSide side;
    private Warehouse lake;

    Warehouse(NightConfig config) {
        this(config, config.clickhouse().<GoldReadSide>map(ClickHouseReadSide::new).orElse(null));
    }

    private Warehouse(NightConfig config, GoldReadSide side) {
        this.config = config;
        this.side = side == null ? lakeSide(config) : side;
    }

    private static GoldReadSide lakeSide(NightConfig config) {
        return new LakeReadSide(new Lake(config.lake()), GoldTables.names());
    }

    /** One read-only statement; the answer as a table. */
    public Frame sql(String sql) {
        String checked = ReadOnlySql.check(sql);
        try {
            return Frame.of(side.analystQuery(checked));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Spark's analysis errors are checked exceptions thrown undeclared: make them catchable in a notebook.
            throw new IllegalArgumentException(source() + " could not answer: " + e.getMessage(), e);
        }
    }

    /** The same tables answered from the gold Parquet files of the night's lake (embedded DuckDB, read-only). */
    public Warehouse lake() {
        if (config.clickhouse().isEmpty()) {
            return this;
        }
        if (lake == null) {
            lake = new Warehouse(config, lakeSide(config));
        }
        return lake;
    }

    /** Where the answers come from. */
    public String source() {
        return side.description();
    }

    /** Whether the answers come from ClickHouse (else from the Parquet lake). */
    public boolean isClickHouse() {
        return side instanceof ClickHouseReadSide;
    }

    public ClickHouseSettings clickHouseSettings() {
        return config.clickhouse().orElseThrow(() -> new IllegalStateException("the configuration has no clickhouse block"));
    }

    /** The rule catalogue the nights run with (rules.yaml): rule switches, weights and the scorecard's weights. */
    public RuleCatalogue catalogue() {
        return RuleCatalogue.load(config.rules());
    }

    /** The scorecard's weights the nights rank with (compliance, engagement, evaluation). */
    public Weights weights() {
        return Weights.of(catalogue());
    }

    @Override
    public String toString() {
        return "Warehouse(" + source() + ")";
    }

    @Override
    public void close() {
        side.close();
        if (lake != null) {
            lake.close();
        }
    }
}
