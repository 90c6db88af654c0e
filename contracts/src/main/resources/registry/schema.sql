-- The S1 registry as sources.md describes it (portable DDL: PostgreSQL and H2). Used to create sample and
-- test registries; the department's own system owns the real one.
CREATE TABLE org_unit (
    org_code VARCHAR(32) PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    org_type VARCHAR(16) NOT NULL,
    parent_code VARCHAR(32),
    department VARCHAR(200),
    category VARCHAR(16),
    region VARCHAR(32),
    established_on DATE,
    dissolved_on DATE,
    committee_elected_on DATE,
    term_years INT,
    secretary_member_id VARCHAR(32),
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE party_group (
    group_code VARCHAR(32) PRIMARY KEY,
    org_code VARCHAR(32) NOT NULL,
    name VARCHAR(200),
    leader_member_id VARCHAR(32),
    dissolved_on DATE,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE party_member (
    member_id VARCHAR(32) PRIMARY KEY,
    name VARCHAR(50),
    id_card_no VARCHAR(18),
    gender CHAR(1),
    birth_date DATE,
    joined_on DATE,
    full_member_on DATE,
    status VARCHAR(16),
    org_code VARCHAR(32),
    group_code VARCHAR(32),
    employment VARCHAR(16),
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE member_transfer (
    transfer_id VARCHAR(32) PRIMARY KEY,
    member_id VARCHAR(32) NOT NULL,
    from_org_code VARCHAR(32),
    to_org_code VARCHAR(32),
    effective_on DATE NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE recruitment_plan (
    org_code VARCHAR(32) NOT NULL,
    "year" INT NOT NULL,
    planned INT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (org_code, "year")
);
CREATE TABLE recruitment_event (
    event_id VARCHAR(32) PRIMARY KEY,
    candidate_id VARCHAR(32) NOT NULL,
    org_code VARCHAR(32) NOT NULL,
    stage VARCHAR(16) NOT NULL,
    stage_on DATE NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
