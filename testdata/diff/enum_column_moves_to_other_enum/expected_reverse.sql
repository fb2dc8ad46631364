SET check_function_bodies = off;

CREATE TYPE app.status AS ENUM ('draft', 'published');

ALTER TYPE app.status OWNER TO postgres;

ALTER TABLE app.item ALTER COLUMN color DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN color TYPE app.color USING color::text::app.color;

ALTER TABLE app.item ALTER COLUMN color SET DEFAULT 'red'::app.color;

ALTER TABLE app.item ALTER COLUMN colors TYPE app.color[] USING colors::text[]::app.color[];

ALTER TABLE app.item ALTER COLUMN history DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN history TYPE app.status[] USING history::text[]::app.status[];

ALTER TABLE app.item ALTER COLUMN history SET DEFAULT '{}'::app.status[];

ALTER TABLE app.item ALTER COLUMN status DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN status TYPE app.status USING status::text::app.status;

ALTER TABLE app.item ALTER COLUMN status SET DEFAULT 'draft'::app.status;

DROP TYPE archive.status;
