-- The demo's first schema, as it was created before Flyway managed it (Database baselines a
-- database that already holds this table at version 1). Portable SQL: runs on H2 and PostgreSQL.
CREATE TABLE IF NOT EXISTS membership_form (
    form_key     VARCHAR(32)   PRIMARY KEY,
    status       VARCHAR(16)   NOT NULL,
    reached_page INTEGER       NOT NULL,
    full_name    VARCHAR(100),
    email        VARCHAR(100),
    birth_year   VARCHAR(4),
    street       VARCHAR(100),
    postal_code  VARCHAR(12),
    city         VARCHAR(60),
    country      VARCHAR(60),
    plan         VARCHAR(16),
    comments     VARCHAR(1000),
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    submitted_at TIMESTAMP
);

CREATE INDEX IF NOT EXISTS membership_form_updated ON membership_form (updated_at);
