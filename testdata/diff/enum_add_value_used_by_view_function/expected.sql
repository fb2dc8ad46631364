SET check_function_bodies = off;

ALTER TYPE app.mood ADD VALUE 'happy' AFTER 'calm';

ALTER TYPE app.status RENAME TO status__pgstrata_old;

CREATE TYPE app.status AS ENUM ('draft', 'review', 'published', 'gone');

ALTER TYPE app.status OWNER TO postgres;

ALTER DOMAIN app.known_status RENAME TO known_status__pgstrata_old;

CREATE DOMAIN app.known_status AS app.status
    CONSTRAINT known_status_check CHECK ((VALUE <> 'published'::app.status));

ALTER DOMAIN app.known_status OWNER TO postgres;

CREATE DOMAIN app.not_gone AS app.status
    CONSTRAINT not_gone_check CHECK ((VALUE <> 'gone'::app.status));

ALTER DOMAIN app.not_gone OWNER TO postgres;

CREATE OR REPLACE FUNCTION app.count_status(s app.status DEFAULT 'review'::app.status)
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT count(*) FROM app.post WHERE status = s $function$;

ALTER FUNCTION app.count_status(s app.status) OWNER TO postgres;

CREATE TABLE app.note (
    id integer NOT NULL,
    status app.status DEFAULT 'gone'::app.status NOT NULL
);

ALTER TABLE app.note OWNER TO postgres;

ALTER TABLE app.post ALTER COLUMN checked TYPE app.known_status USING checked::text::app.known_status;

DROP DOMAIN app.known_status__pgstrata_old;

ALTER TABLE app.post ALTER COLUMN status TYPE app.status USING status::text::app.status;

DROP TYPE app.status__pgstrata_old;

ALTER TABLE app.note ADD CONSTRAINT note_pkey PRIMARY KEY (id);

CREATE VIEW app.in_review AS
 SELECT post.id
   FROM app.post
  WHERE (post.status = 'review'::app.status);

ALTER VIEW app.in_review OWNER TO postgres;
