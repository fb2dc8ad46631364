SET check_function_bodies = off;

DROP TYPE app.old_status;

CREATE TYPE app.visibility AS ENUM ('public', 'unlisted', 'private');

COMMENT ON TYPE app.visibility IS 'Who can see a page.';

ALTER TYPE app.visibility OWNER TO postgres;

ALTER TABLE app.page ADD COLUMN visibility app.visibility DEFAULT 'private'::app.visibility NOT NULL;

ALTER TABLE app.page ADD COLUMN audiences app.visibility[];
