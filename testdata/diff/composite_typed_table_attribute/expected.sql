SET check_function_bodies = off;

ALTER TYPE app.reading ADD ATTRIBUTE taken_at timestamp with time zone CASCADE;
