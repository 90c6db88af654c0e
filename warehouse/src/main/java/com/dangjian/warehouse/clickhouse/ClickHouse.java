package com.dangjian.warehouse.clickhouse;

import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.DataStreamWriter;
import com.clickhouse.client.api.insert.InsertResponse;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseFormat;
import com.dangjian.contracts.config.ClickHouseSettings;

/**
 * A connection to ClickHouse through the official client-v2, in the subset that works from 18.16 to current
 * servers: HTTP compression off, text formats only (FORMAT named in the SQL), results read as TSV.
 */
public final class ClickHouse implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 600;

    private final Client client;
    private final ClickHouseSettings settings;

    public ClickHouse(ClickHouseSettings settings) {
        this.settings = settings;
        this.client = new Client.Builder()
                .addEndpoint(settings.url())
                .setUsername(settings.user())
                .setPassword(settings.password())
                .compressServerResponse(false)
                .compressClientRequest(false)
                .useHttpCompression(false)
                .build();
    }

    public ClickHouseSettings settings() {
        return settings;
    }

    public void execute(String sql) {
        try {
            client.execute(sql).get(TIMEOUT_SECONDS, TimeUnit.SECONDS).close();
        } catch (Exception e) {
            throw failure(sql, e);
        }
    }

    /** Runs a query and returns its rows as text (header first). */
    public Tsv.Table query(String sql) {
        return query(sql, new QuerySettings());
    }

    /** A query the server itself refuses to let write anything (readonly = 1), for analysts' ad hoc SQL. */
    public Tsv.Table readOnlyQuery(String sql) {
        return query(sql, new QuerySettings().serverSetting("readonly", "1"));
    }

    private Tsv.Table query(String sql, QuerySettings settings) {
        try (QueryResponse response = client.query(sql + "\nFORMAT TabSeparatedWithNames", settings)
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            return Tsv.parse(response.getInputStream());
        } catch (Exception e) {
            throw failure(sql, e);
        }
    }

    public long count(String sql) {
        return Long.parseLong(query(sql).rows().get(0).get(0));
    }

    /** Sends TabSeparated rows into a table (columns in the table's order). */
    public void insertTsv(String table, InputStream rows) {
        try {
            client.insert(table, rows, ClickHouseFormat.TabSeparated).get(TIMEOUT_SECONDS, TimeUnit.SECONDS).close();
        } catch (Exception e) {
            throw failure("INSERT INTO " + table, e);
        }
    }

    /**
     * Streams TabSeparated rows into a table as {@code writer} produces them: one HTTP request whose body is
     * written while the request is in flight, so nothing is buffered whole. The rows come from a one-shot
     * source, so a failed request is not retried; the caller's staging table makes a rerun safe. (The written-rows
     * summary is not used: 18.16 does not send it; callers count the staging table instead.)
     */
    public void insertTsv(String table, DataStreamWriter writer) {
        DataStreamWriter once = new DataStreamWriter() {
            @Override
            public void onOutput(java.io.OutputStream out) throws java.io.IOException {
                writer.onOutput(out);
            }

            @Override
            public void onRetry() throws java.io.IOException {
                throw new java.io.IOException("a streamed insert cannot be replayed");
            }
        };
        try (InsertResponse response = client.insert(table, once, ClickHouseFormat.TabSeparated, new InsertSettings())
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // the response carries nothing needed: success is the absence of an exception
        } catch (Exception e) {
            throw failure("INSERT INTO " + table, e);
        }
    }

    private RuntimeException failure(String sql, Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        String what = e instanceof TimeoutException ? "timed out" : cause.getMessage();
        String head = sql.length() > 200 ? sql.substring(0, 200) + "…" : sql;
        if (cause instanceof com.clickhouse.client.api.ServerException refused) {
            // The server answered: it is running; it refused this statement (a read-only door, a typo, a missing table).
            return new ClickHouseException("ClickHouse refused the statement (code " + refused.getCode() + "): "
                    + what.lines().findFirst().orElse("") + "\n  statement: " + head, cause);
        }
        return new ClickHouseException("ClickHouse at " + settings.url() + " failed: " + what + "\n  statement: " + head
                + "\n  check that the server is running and clickhouse.url/user/password in the configuration", cause);
    }

    @Override
    public void close() {
        client.close();
    }

    public static final class ClickHouseException extends RuntimeException {
        ClickHouseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

}
