SET check_function_bodies = off;

ALTER TYPE app.level RENAME TO level__pgstrata_old;

CREATE TYPE app.level AS ENUM ('low', 'mid', 'high');

ALTER TYPE app.level OWNER TO postgres;

ALTER DOMAIN app.code RENAME TO code__pgstrata_old;

CREATE DOMAIN app.code AS character varying(8)
    CONSTRAINT code_check CHECK (((VALUE)::text <> ''::text));

ALTER DOMAIN app.code OWNER TO postgres;

ALTER TYPE app.tagged RENAME TO tagged__pgstrata_old;

CREATE TYPE app.tagged AS (
    code app.code,
    level app.level,
    n integer
);

ALTER TYPE app.tagged OWNER TO postgres;

ALTER TYPE app.wrapped RENAME TO wrapped__pgstrata_old;

CREATE TYPE app.wrapped AS (
    inner_tag app.tagged,
    note text
);

ALTER TYPE app.wrapped OWNER TO postgres;

ALTER TABLE app.thing ALTER COLUMN code TYPE app.code USING code::app.code;

ALTER TABLE app.thing ALTER COLUMN tag TYPE app.tagged USING tag::text::app.tagged;

ALTER TABLE app.thing ALTER COLUMN tags TYPE app.tagged[] USING tags::text[]::app.tagged[];

ALTER TABLE app.thing ALTER COLUMN wrapped TYPE app.wrapped USING wrapped::text::app.wrapped;

DROP TYPE app.wrapped__pgstrata_old;

DROP TYPE app.tagged__pgstrata_old;

DROP TYPE app.level__pgstrata_old;

DROP DOMAIN app.code__pgstrata_old;
