package com.dangjian.transform;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a JVM. Local by default ({@code local[*]}); a cluster master comes from
 * configuration. Business dates are China time, so the session time zone is Asia/Shanghai: to_date of a
 * meeting's instant gives the day it was held in China.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    public static synchronized SparkSession getOrCreate(String master) {
        return SparkSession.builder()
                .appName("dangjian")
                .master(master == null || master.isBlank() ? "local[*]" : master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "Asia/Shanghai")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                .config("spark.sql.adaptive.enabled", "true")
                .getOrCreate();
    }
}
