SET check_function_bodies = off;

CREATE DOMAIN app.small_positive AS app.positive
    CONSTRAINT small_positive_check CHECK (((VALUE)::integer < 100));

ALTER DOMAIN app.small_positive OWNER TO postgres;

CREATE DOMAIN app.tag AS text
    CONSTRAINT tag_check CHECK ((VALUE ~ '^[a-z]+$'::text));

ALTER DOMAIN app.tag OWNER TO postgres;

ALTER TABLE app.item ADD COLUMN size app.small_positive;

ALTER TABLE app.item ADD COLUMN tags app.tag[];
