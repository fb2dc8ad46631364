SET check_function_bodies = off;

DROP INDEX app.m_v;

CREATE UNIQUE INDEX m_id_region ON app.m USING btree (id, region);

CREATE INDEX m_v ON app.m USING btree (v, id) WHERE (v > 0);
