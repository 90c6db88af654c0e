package com.dangjian.contracts.config;

import java.io.Serializable;

/**
 * How to reach ClickHouse, and the table settings that differ between server versions (old_parts_lifetime and
 * cleanup_delay_period of the MergeTree tables: how soon merged-away parts leave the disk).
 */
public record ClickHouseSettings(String url, String database, String user, String password,
                                 int oldPartsLifetimeSeconds, int cleanupDelaySeconds) implements Serializable {

    public static ClickHouseSettings of(String url, String database, String user, String password) {
        return new ClickHouseSettings(url, database == null ? "dangjian" : database, user == null ? "default" : user,
                password == null ? "" : password, 10, 1);
    }
}
