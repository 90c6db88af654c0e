package com.dangjian.warehouse.clickhouse;

import java.io.Serializable;

/**
 * How to reach ClickHouse, and the settings that differ between server versions. On 18.16 a part replaced by
 * REPLACE PARTITION stays on disk for old_parts_lifetime and comes back after a restart in that window, so
 * the defaults keep that window short and the loader waits it out.
 */
public record ClickHouseSettings(String url, String database, String user, String password,
                                 int oldPartsLifetimeSeconds, int cleanupDelaySeconds, int partsCleanupTimeoutSeconds)
        implements Serializable {

    public static ClickHouseSettings of(String url, String database, String user, String password) {
        return new ClickHouseSettings(url, database == null ? "dangjian" : database, user == null ? "default" : user,
                password == null ? "" : password, 10, 1, 120);
    }
}
