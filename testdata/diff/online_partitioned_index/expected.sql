SET check_function_bodies = off;

CREATE TABLE app.log_2025 PARTITION OF app.log FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

ALTER TABLE app.log_2025 OWNER TO postgres;

CREATE UNIQUE INDEX event_id_at_key ON app.event USING btree (id, at, region);

CREATE INDEX event_kind_idx ON app.event USING btree (kind, at) WITH (fillfactor='80');

COMMENT ON INDEX app.event_kind_idx IS 'by kind';

CREATE INDEX log_at_idx ON app.log USING btree (at);
