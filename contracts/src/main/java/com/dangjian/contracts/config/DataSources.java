package com.dangjian.contracts.config;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Pooled JDBC data sources for the registry and the job repository. */
public final class DataSources {

    private DataSources() {
    }

    /** A pool that connects on first use: a source that is down fails its own steps, not the night's start. */
    public static HikariDataSource lazy(NightConfig.Database db, String poolName) {
        return create(db, poolName, -1);
    }

    public static HikariDataSource of(NightConfig.Database db, String poolName) {
        return create(db, poolName, 10_000);
    }

    private static HikariDataSource create(NightConfig.Database db, String poolName, long initializationFailTimeout) {
        HikariConfig c = new HikariConfig();
        c.setPoolName(poolName);
        c.setJdbcUrl(db.url());
        if (db.user() != null) {
            c.setUsername(db.user());
        }
        c.setPassword(db.password());
        c.setMaximumPoolSize(4);
        c.setInitializationFailTimeout(initializationFailTimeout);
        c.setConnectionTimeout(10_000);
        try {
            return new HikariDataSource(c);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to " + poolName + " at " + db.url() + ": "
                    + e.getMessage() + " (check the url, user and password in the configuration, and that the server is up)", e);
        }
    }

    public static void close(DataSource ds) {
        if (ds instanceof HikariDataSource h) {
            h.close();
        }
    }
}
