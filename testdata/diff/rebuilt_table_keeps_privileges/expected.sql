SET check_function_bodies = off;

DROP TABLE app.reading;

CREATE SEQUENCE app.reading_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1;

ALTER SEQUENCE app.reading_id_seq OWNER TO rt_keep_owner;

GRANT USAGE ON SEQUENCE app.reading_id_seq TO rt_keep_reader;

CREATE TABLE app.reading (
    id integer DEFAULT nextval('app.reading_id_seq'::regclass) NOT NULL,
    at date NOT NULL,
    v integer
) PARTITION BY RANGE (at, id);

COMMENT ON COLUMN app.reading.v IS 'value';

ALTER TABLE app.reading ENABLE ROW LEVEL SECURITY;

ALTER TABLE app.reading FORCE ROW LEVEL SECURITY;

COMMENT ON TABLE app.reading IS 'sensor readings';

ALTER TABLE app.reading OWNER TO rt_keep_owner;

REVOKE TRUNCATE ON TABLE app.reading FROM rt_keep_owner;

GRANT INSERT, SELECT ON TABLE app.reading TO rt_keep_reader;

GRANT UPDATE (v) ON TABLE app.reading TO rt_keep_reader;

ALTER SEQUENCE app.reading_id_seq OWNED BY app.reading.id;

CREATE TABLE app.reading_all PARTITION OF app.reading DEFAULT WITH (fillfactor='60');

ALTER TABLE app.reading_all ENABLE ROW LEVEL SECURITY;

ALTER TABLE app.reading_all OWNER TO rt_keep_owner;

GRANT SELECT ON TABLE app.reading_all TO rt_keep_reader;

ALTER TABLE app.reading ADD CONSTRAINT reading_pkey PRIMARY KEY (id, at);
