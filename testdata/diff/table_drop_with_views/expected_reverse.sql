SET check_function_bodies = off;

CREATE TABLE app.gone (
    id integer NOT NULL,
    kept_id integer,
    label text
);

COMMENT ON COLUMN app.gone.label IS 'A label.';

COMMENT ON TABLE app.gone IS 'Going away.';

ALTER TABLE app.gone OWNER TO postgres;

ALTER TABLE app.gone ADD CONSTRAINT gone_kept_id_fkey FOREIGN KEY (kept_id) REFERENCES app.kept(id);

ALTER TABLE app.gone ADD CONSTRAINT gone_pkey PRIMARY KEY (id);

CREATE INDEX gone_label_idx ON app.gone USING btree (label);

CREATE VIEW app.gone_labels AS
 SELECT gone.id,
    gone.label
   FROM app.gone;

ALTER VIEW app.gone_labels OWNER TO postgres;

CREATE VIEW app.gone_label_count AS
 SELECT count(*) AS n
   FROM app.gone_labels;

ALTER VIEW app.gone_label_count OWNER TO postgres;

CREATE MATERIALIZED VIEW app.kept_ids AS
 SELECT kept.id
   FROM app.kept;

ALTER MATERIALIZED VIEW app.kept_ids OWNER TO postgres;
