CREATE SCHEMA app;

CREATE TABLE app.kept (
    id integer PRIMARY KEY
);

CREATE TABLE app.gone (
    id integer PRIMARY KEY,
    kept_id integer REFERENCES app.kept (id),
    label text
);

CREATE INDEX gone_label_idx ON app.gone (label);

CREATE VIEW app.gone_labels AS SELECT id, label FROM app.gone;

CREATE VIEW app.gone_label_count AS SELECT count(*) AS n FROM app.gone_labels;

CREATE MATERIALIZED VIEW app.kept_ids AS SELECT id FROM app.kept;

COMMENT ON TABLE app.gone IS 'Going away.';
COMMENT ON COLUMN app.gone.label IS 'A label.';
