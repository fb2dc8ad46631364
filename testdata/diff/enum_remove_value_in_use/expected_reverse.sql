SET check_function_bodies = off;

DROP VIEW app.live_posts;

DROP FUNCTION app.is_live(s app.status);

ALTER TYPE app.status RENAME TO status__pgstrata_old;

CREATE TYPE app.status AS ENUM ('draft', 'review', 'published', 'archived');

ALTER TYPE app.status OWNER TO postgres;

CREATE OR REPLACE FUNCTION app.is_live(s app.status)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT s <> 'draft' $function$;

ALTER FUNCTION app.is_live(s app.status) OWNER TO postgres;

ALTER TABLE app.post ALTER COLUMN history DROP DEFAULT;

ALTER TABLE app.post ALTER COLUMN history TYPE app.status[] USING history::text[]::app.status[];

ALTER TABLE app.post ALTER COLUMN history SET DEFAULT '{}'::app.status[];

ALTER TABLE app.post ALTER COLUMN status DROP DEFAULT;

ALTER TABLE app.post ALTER COLUMN status TYPE app.status USING status::text::app.status;

ALTER TABLE app.post ALTER COLUMN status SET DEFAULT 'draft'::app.status;

DROP TYPE app.status__pgstrata_old;

CREATE VIEW app.live_posts AS
 SELECT post.id,
    post.status
   FROM app.post
  WHERE (post.status <> 'draft'::app.status);

ALTER VIEW app.live_posts OWNER TO postgres;
