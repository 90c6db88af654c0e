package com.dangjian.transform;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

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
        return getOrCreate(master, Map.of());
    }

    /**
     * The session with the configuration's {@code spark.*} settings over the project's defaults (the operator's word
     * wins: executors, event log, shuffle partitions). On a cluster the executors get the project's jars from the
     * driver ({@link #projectJars}), unless the configuration names {@code spark.jars} itself; Spark gives the
     * executors' JVMs the Java 17 module openings on its own.
     */
    public static synchronized SparkSession getOrCreate(String master, Map<String, String> settings) {
        String chosen = master == null || master.isBlank() ? "local[*]" : master;
        SparkSession.Builder builder = SparkSession.builder()
                .appName("dangjian")
                .master(chosen)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "Asia/Shanghai")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                .config("spark.sql.adaptive.enabled", "true");
        if (!chosen.startsWith("local")) {
            String jars = projectJars(System.getProperty("java.class.path"));
            if (!jars.isEmpty()) {
                builder.config("spark.jars", jars);
            }
        }
        settings.forEach((key, value) -> {
            if (!key.equals("spark.master")) {
                builder.config(key, value);
            }
        });
        return builder.getOrCreate();
    }

    /**
     * The project's own jars on this JVM's class path (dangjian-*.jar: transform, contracts …), comma-separated for
     * spark.jars: what executors need beyond Spark itself (the classes of the night's functions). Spark, Hadoop and
     * the rest of the distribution are on every worker already.
     */
    static String projectJars(String classPath) {
        if (classPath == null) {
            return "";
        }
        return Arrays.stream(classPath.split(File.pathSeparator))
                .map(Path::of)
                .filter(jar -> jar.getFileName() != null && jar.getFileName().toString().matches("dangjian-.*\\.jar")
                        && Files.isRegularFile(jar))
                .map(jar -> jar.toAbsolutePath().toString())
                .distinct()
                .collect(Collectors.joining(","));
    }
}
