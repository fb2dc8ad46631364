SET check_function_bodies = off;

DROP TABLE app.reading;

CREATE SEQUENCE app.reading_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1;

ALTER SEQUENCE app.reading_id_seq OWNER TO postgres;

CREATE TABLE app.reading (
    id integer DEFAULT nextval('app.reading_id_seq'::regclass) NOT NULL,
    at date NOT NULL,
    v integer
) PARTITION BY RANGE (at);

ALTER TABLE app.reading ENABLE ROW LEVEL SECURITY;

COMMENT ON TABLE app.reading IS 'readings';

ALTER TABLE app.reading OWNER TO postgres;

GRANT SELECT ON TABLE app.reading TO rt_keep_reader;

ALTER SEQUENCE app.reading_id_seq OWNED BY app.reading.id;

CREATE TABLE app.reading_all PARTITION OF app.reading DEFAULT;

ALTER TABLE app.reading_all OWNER TO postgres;

ALTER TABLE app.reading ADD CONSTRAINT reading_pkey PRIMARY KEY (id, at);
