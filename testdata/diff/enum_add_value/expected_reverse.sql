SET check_function_bodies = off;

DROP TYPE app.mood;

CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');

ALTER TYPE app.mood OWNER TO postgres;
