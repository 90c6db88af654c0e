-- The facts analysts query and the member dimension (no personal data: no name, no id-card number, birth year only).

CREATE TABLE IF NOT EXISTS ${database}.dim_member (
    member_id String,
    org_code String,
    status String,
    gender Nullable(String),
    birth_year Nullable(Int32),
    joined_on Date,
    full_member_on Nullable(Date),
    employment Nullable(String),
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY tuple()
ORDER BY member_id
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.fact_meeting (
    meeting_id String,
    org_code String,
    group_code Nullable(String),
    type String,
    held_on Date,
    held_at DateTime('Asia/Shanghai'),
    topic Nullable(String),
    lecturer_member_id Nullable(String),
    expected_count Int32,
    present_count Int32,
    on_leave_count Int32,
    minutes_recorded UInt8,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYYYYMM(held_on)
ORDER BY (org_code, held_on, meeting_id)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.fact_attendance (
    meeting_id String,
    org_code String,
    type String,
    held_on Date,
    member_id String,
    attendance String,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYYYYMM(held_on)
ORDER BY (org_code, held_on, meeting_id, member_id)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.fact_dues (
    member_id String,
    org_code String,
    dues_month Date,
    amount_due_fen Int64,
    amount_paid_fen Nullable(Int64),
    paid_on Nullable(Date),
    pay_method Nullable(String),
    paid_on_time UInt8,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYYYYMM(dues_month)
ORDER BY (org_code, dues_month, member_id)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.fact_study (
    member_id String,
    study_date Date,
    minutes Int32,
    points Nullable(Float64),
    course_type String,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYYYYMM(study_date)
ORDER BY (member_id, study_date)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.fact_evaluation (
    kind String,
    org_code Nullable(String),
    member_id Nullable(String),
    period_start Date,
    score Nullable(Float64),
    grade Nullable(String),
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY toYear(period_start)
ORDER BY (kind, period_start)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};

CREATE TABLE IF NOT EXISTS ${database}.fact_rectification_item (
    item_id String,
    org_code String,
    found_on Date,
    origin Nullable(String),
    category Nullable(String),
    description Nullable(String),
    responsible_department Nullable(String),
    deadline Date,
    completed_on Nullable(Date),
    status String,
    run_id String,
    computed_at DateTime('Asia/Shanghai')
) ENGINE = MergeTree
PARTITION BY tuple()
ORDER BY (org_code, item_id)
SETTINGS old_parts_lifetime = ${old_parts_lifetime}, cleanup_delay_period = ${cleanup_delay_period};
