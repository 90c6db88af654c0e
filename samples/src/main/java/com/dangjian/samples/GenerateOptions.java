package com.dangjian.samples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to generate. {@code registryUrl} null means an H2 file under {@code out/registry} (PostgreSQL mode);
 * {@code progress} null means quiet.
 */
public record GenerateOptions(double scale, long seed, LocalDate asOf, int months, Path out, String registryUrl,
                              String registryUser, String registryPassword, double dirtRate, PrintStream progress) {

    public GenerateOptions {
        if (months < 1 || months > 240) {
            throw new IllegalArgumentException("--months must be between 1 and 240, got " + months);
        }
        if (dirtRate < 0 || dirtRate > 0.2) {
            throw new IllegalArgumentException("--dirt must be between 0 and 0.2, got " + dirtRate);
        }
    }

    static String defaultRegistry(Path out) {
        return "jdbc:h2:file:" + out.toAbsolutePath().resolve("registry/registry") + ";MODE=PostgreSQL";
    }
}
