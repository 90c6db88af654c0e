-- The organisation dimension with its history (one row per version the nightly extracts saw), and the log of
-- each night's stages for operators and the dashboards' data status page.

CREATE TABLE IF NOT EXISTS ${database}.dim_organisation_history (
    org_code String,
    name String,
    org_type String,
    parent_code Nullable(String),
    department Nullable(String),
    category String,
    region Nullable(String),
    established_on Date,
    dissolved_on Nullable(Date),
    committee_elected_on Nullable(Date),
    term_years Nullable(Int32),
    secretary_member_id Nullable(String),
    valid_from DateTime('Asia/Shanghai'),
    valid_to Nullable(DateTime('Asia/Shanghai')),
    is_current UInt8,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY tuple()
ORDER BY (org_code, valid_from)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

-- One row per stage of a night; a rerun of the same night replaces that night's rows (the job repository keeps
-- every attempt). Partitioned by month of the night so a night is replaced by swapping its month.
CREATE TABLE IF NOT EXISTS ${database}.run_log (
    run_date Date,
    run_id String,
    seq UInt32,
    stage String,
    outcome String,
    rows_read Int64,
    rows_written Int64,
    rows_rejected Int64,
    seconds Float64,
    night_outcome String,
    stale_sources String,
    logged_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYYYYMM(run_date)
ORDER BY (run_date, seq)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};
