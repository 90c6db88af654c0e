-- RECRUITMENT_PLAN: 发展党员计划 completion per organisation and year (an indicator, not a rule).

CREATE TABLE IF NOT EXISTS ${database}.recruitment_indicator (
    org_code String,
    year Int32,
    planned Int32,
    new_probationary Int64,
    completion Nullable(Float64),
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY tuple()
ORDER BY (org_code, year)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};
