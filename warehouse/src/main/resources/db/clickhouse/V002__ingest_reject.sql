-- Records that could not be read or conformed, kept whole with where they came from and why
-- (loaded from lake/bronze/_rejects). No personal columns: registry rejects never held any.

CREATE TABLE IF NOT EXISTS ${database}.ingest_reject (
    run_id String,
    ingest_date Date,
    source String,
    table_name String,
    file String,
    line Int64,
    reason_code String,
    message String,
    raw String
) ENGINE = MergeTree
PARTITION BY toYYYYMM(ingest_date)
ORDER BY (source, table_name, ingest_date, file, line)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};
