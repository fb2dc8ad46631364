SET check_function_bodies = off;

ALTER TYPE app.status RENAME TO status__pgstrata_old;

CREATE TYPE app.status AS ENUM ('draft', 'review', 'published');

ALTER TYPE app.status OWNER TO postgres;

ALTER TABLE app.doc ALTER COLUMN status TYPE app.status USING status::text::app.status;

ALTER TABLE app.event ALTER COLUMN status DROP DEFAULT;

ALTER TABLE app.event ALTER COLUMN status TYPE app.status USING status::text::app.status;

ALTER TABLE app.event ALTER COLUMN status SET DEFAULT 'draft'::app.status;

DROP TYPE app.status__pgstrata_old;
