package com.dangjian.warehouse.read;

import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.warehouse.clickhouse.ClickHouseSettings;
import com.dangjian.warehouse.clickhouse.Tsv;

/** Gold answered by ClickHouse, in the configured database. */
public final class ClickHouseReadSide implements GoldReadSide {

    private final ClickHouse clickHouse;

    public ClickHouseReadSide(ClickHouseSettings settings) {
        this.clickHouse = new ClickHouse(settings, true);
    }

    @Override
    public Tsv.Table query(String sql) {
        return clickHouse.query(sql);
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
