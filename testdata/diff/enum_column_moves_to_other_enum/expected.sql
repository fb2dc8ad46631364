SET check_function_bodies = off;

CREATE TYPE archive.status AS ENUM ('draft', 'published');

ALTER TYPE archive.status OWNER TO postgres;

ALTER TABLE app.item ALTER COLUMN color DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN color TYPE app.shade USING color::text::app.shade;

ALTER TABLE app.item ALTER COLUMN color SET DEFAULT 'red'::app.shade;

ALTER TABLE app.item ALTER COLUMN colors TYPE app.shade[] USING colors::text[]::app.shade[];

ALTER TABLE app.item ALTER COLUMN history DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN history TYPE archive.status[] USING history::text[]::archive.status[];

ALTER TABLE app.item ALTER COLUMN history SET DEFAULT '{}'::archive.status[];

ALTER TABLE app.item ALTER COLUMN status DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN status TYPE archive.status USING status::text::archive.status;

ALTER TABLE app.item ALTER COLUMN status SET DEFAULT 'draft'::archive.status;

DROP TYPE app.status;
