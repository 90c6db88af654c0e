-- Where each branch stands in the month or quarter in progress (what it still has to hold): computed by the
-- transform for the count rules, read by the branch pages' due list.
CREATE TABLE IF NOT EXISTS ${database}.rule_progress (
    org_code String,
    rule_id String,
    period_type String,
    period_start Date,
    period_end Date,
    as_of Date,
    required Float64,
    actual Float64,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY tuple()
ORDER BY (org_code, rule_id)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};
