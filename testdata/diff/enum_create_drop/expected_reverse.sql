SET check_function_bodies = off;

ALTER TABLE app.page DROP COLUMN audiences;

ALTER TABLE app.page DROP COLUMN visibility;

DROP TYPE app.visibility;

CREATE TYPE app.old_status AS ENUM ('draft', 'live');

ALTER TYPE app.old_status OWNER TO postgres;
