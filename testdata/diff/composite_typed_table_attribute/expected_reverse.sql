SET check_function_bodies = off;

ALTER TYPE app.reading DROP ATTRIBUTE taken_at CASCADE;
