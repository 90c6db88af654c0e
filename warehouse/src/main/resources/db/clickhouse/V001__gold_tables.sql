-- Gold tables of the walking skeleton. Names and columns match the gold Parquet lake (docs/data-dictionary.md).
-- Partitions follow the reload grain (a month of business dates); ${...} are settings from configuration.

CREATE TABLE IF NOT EXISTS ${database}.dim_organisation (
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
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY tuple()
ORDER BY org_code
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.rule_result (
    org_code String,
    rule_id String,
    period_type String,
    period_start Date,
    period_end Date,
    status String,
    score Nullable(Float64),
    required Nullable(Float64),
    actual Nullable(Float64),
    note Nullable(String),
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYYYYMM(period_start)
ORDER BY (rule_id, org_code, period_start)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.org_scorecard_monthly (
    org_code String,
    month Date,
    compliance_index Nullable(Float64),
    engagement_index Nullable(Float64),
    evaluation_score Nullable(Float64),
    overall_score Nullable(Float64),
    rank_overall UInt32,
    rank_in_category UInt32,
    rank_change Nullable(Int32),
    category String,
    region Nullable(String),
    rules_assessed UInt32,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYYYYMM(month)
ORDER BY (month, org_code)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};
