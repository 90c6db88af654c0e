-- "Why this score": the parts of engagement and evaluation on each scorecard, each rule's deduction from 100 in
-- the compliance index, and the rows held for a code the registry does not know yet (shown on the data page).
ALTER TABLE ${database}.org_scorecard_monthly ADD COLUMN attendance Nullable(Float64);
ALTER TABLE ${database}.org_scorecard_monthly ADD COLUMN study Nullable(Float64);
ALTER TABLE ${database}.org_scorecard_monthly ADD COLUMN service Nullable(Float64);
ALTER TABLE ${database}.org_scorecard_monthly ADD COLUMN quarterly_assessment Nullable(Float64);
ALTER TABLE ${database}.org_scorecard_monthly ADD COLUMN secretary_review Nullable(Float64);

CREATE TABLE IF NOT EXISTS ${database}.compliance_breakdown (
    org_code String,
    month Date,
    rule_id String,
    period_type String,
    period_start Date,
    period_end Date,
    status String,
    score Float64,
    weight Float64,
    deduction Float64,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYYYYMM(month)
ORDER BY (org_code, month, rule_id)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.held_row (
    source String,
    table_name String,
    file String,
    line Int64,
    reason_code String,
    record_key Nullable(String),
    message String,
    since Nullable(Date),
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY tuple()
ORDER BY (source, table_name, file, line)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

-- What a record behind a result is, in words: a meeting's day and subject, a ledger item's deadline and issue.
ALTER TABLE ${database}.rule_evidence ADD COLUMN detail Nullable(String);
