package com.dangjian.jobs.ops;

import java.util.ArrayList;
import java.util.List;

import com.dangjian.jobs.night.NightRun;
import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.warehouse.clickhouse.RunLog;
import com.dangjian.warehouse.clickhouse.TableSwap;

/**
 * What status, doctor and every night do first against ClickHouse: put right what an interrupted load left
 * (a swap cut short, staging or old tables), so that nothing reads a half-swapped warehouse. Does nothing
 * before the first night has created the tables.
 */
public final class WarehouseRepair {

    private WarehouseRepair() {
    }

    /** One line per thing repaired (empty when all was well). */
    public static List<String> run(ClickHouse ch) {
        if (ch.count("SELECT count() FROM system.tables WHERE database = '" + ch.settings().database()
                + "' AND name = 'schema_history'") == 0) {
            return List.of();
        }
        List<String> tables = new ArrayList<>(NightRun.GOLD);
        tables.add(RunLog.TABLE);
        return new TableSwap(ch).repair(tables);
    }
}
