SET check_function_bodies = off;

DROP INDEX app.post_in_review;

ALTER TABLE app.post DROP CONSTRAINT post_review_positive;

ALTER TABLE app.post DROP CONSTRAINT post_status_known;

ALTER TABLE app.post DROP COLUMN seen;

ALTER TYPE app.status RENAME TO status__pgstrata_old;

CREATE TYPE app.status AS ENUM ('draft', 'published');

ALTER TYPE app.status OWNER TO postgres;

ALTER TABLE app.post ALTER COLUMN status DROP DEFAULT;

ALTER TABLE app.post ALTER COLUMN status TYPE app.status USING status::text::app.status;

ALTER TABLE app.post ALTER COLUMN status SET DEFAULT 'draft'::app.status;

DROP TYPE app.status__pgstrata_old;

ALTER TABLE app.post ADD CONSTRAINT post_status_known CHECK (((status <> 'published'::app.status) OR (id > 0)));
