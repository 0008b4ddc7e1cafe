-- An optional photo or document attached to an application (DocumentView). BYTEA is PostgreSQL's
-- binary type and an alias of BINARY VARYING in H2: portable like V1.
CREATE TABLE IF NOT EXISTS membership_document (
    form_key     VARCHAR(32)   PRIMARY KEY REFERENCES membership_form (form_key),
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(64)   NOT NULL,
    size_bytes   INTEGER       NOT NULL,
    content      BYTEA         NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL
);
