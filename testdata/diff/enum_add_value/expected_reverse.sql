SET check_function_bodies = off;

ALTER TYPE app.mood RENAME TO mood__pgstrata_old;

CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');

ALTER TYPE app.mood OWNER TO postgres;

ALTER TABLE app.diary ALTER COLUMN mood DROP DEFAULT;

ALTER TABLE app.diary ALTER COLUMN mood TYPE app.mood USING mood::text::app.mood;

ALTER TABLE app.diary ALTER COLUMN mood SET DEFAULT 'ok'::app.mood;

DROP TYPE app.mood__pgstrata_old;
