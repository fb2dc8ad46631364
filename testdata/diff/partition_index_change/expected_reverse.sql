SET check_function_bodies = off;

DROP INDEX app.m_id_region;

DROP INDEX app.m_v;

CREATE INDEX m_v ON app.m USING btree (v);
