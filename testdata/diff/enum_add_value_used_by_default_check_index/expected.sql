SET check_function_bodies = off;

ALTER TABLE app.post DROP CONSTRAINT post_status_known;

ALTER TYPE app.status RENAME TO status__pgstrata_old;

CREATE TYPE app.status AS ENUM ('draft', 'review', 'published');

ALTER TYPE app.status OWNER TO postgres;

ALTER TABLE app.post ADD COLUMN seen app.status[] DEFAULT '{draft,review}'::app.status[];

ALTER TABLE app.post ALTER COLUMN status DROP DEFAULT;

ALTER TABLE app.post ALTER COLUMN status TYPE app.status USING status::text::app.status;

ALTER TABLE app.post ALTER COLUMN status SET DEFAULT 'review'::app.status;

DROP TYPE app.status__pgstrata_old;

ALTER TABLE app.post ADD CONSTRAINT post_review_positive CHECK (((status <> 'review'::app.status) OR (id > 0)));

ALTER TABLE app.post ADD CONSTRAINT post_status_known CHECK (((status <> 'published'::app.status) OR (id > 0)));

CREATE INDEX post_in_review ON app.post USING btree (id) WHERE (status = 'review'::app.status);
