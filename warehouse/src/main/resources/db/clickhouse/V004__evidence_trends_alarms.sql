-- The records behind each rule result, the trends of each index, and the open alarms.

CREATE TABLE IF NOT EXISTS ${database}.rule_evidence (
    org_code String,
    rule_id String,
    period_start Date,
    kind String,
    ref String,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYYYYMM(period_start)
ORDER BY (org_code, rule_id, period_start, kind, ref)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.org_trend_monthly (
    org_code String,
    org_type String,
    month Date,
    index_name String,
    value Float64,
    ma3 Nullable(Float64),
    slope6 Nullable(Float64),
    qoq Nullable(Float64),
    yoy Nullable(Float64),
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYYYYMM(month)
ORDER BY (org_code, index_name, month)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.alarm (
    org_code String,
    rule_id String,
    alarm_type String,
    subject Nullable(String),
    since Nullable(Date),
    as_of Date,
    note String,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY tuple()
ORDER BY (org_code, rule_id, alarm_type)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};
