SET check_function_bodies = off;

DROP VIEW app.in_review;

DROP TABLE app.note;

DROP FUNCTION app.count_status(s app.status);

DROP DOMAIN app.not_gone;

ALTER TYPE app.mood RENAME TO mood__pgstrata_old;

CREATE TYPE app.mood AS ENUM ('calm', 'angry');

ALTER TYPE app.mood OWNER TO postgres;

ALTER TYPE app.status RENAME TO status__pgstrata_old;

CREATE TYPE app.status AS ENUM ('draft', 'published');

ALTER TYPE app.status OWNER TO postgres;

ALTER DOMAIN app.known_status RENAME TO known_status__pgstrata_old;

CREATE DOMAIN app.known_status AS app.status
    CONSTRAINT known_status_check CHECK ((VALUE <> 'published'::app.status));

ALTER DOMAIN app.known_status OWNER TO postgres;

ALTER TABLE app.post ALTER COLUMN checked TYPE app.known_status USING checked::text::app.known_status;

DROP DOMAIN app.known_status__pgstrata_old;

ALTER TABLE app.post ALTER COLUMN moods TYPE app.mood[] USING moods::text[]::app.mood[];

DROP TYPE app.mood__pgstrata_old;

ALTER TABLE app.post ALTER COLUMN status TYPE app.status USING status::text::app.status;

DROP TYPE app.status__pgstrata_old;
