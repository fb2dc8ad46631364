-- Online migration in one segment. Run it as a whole, without -1 (--single-transaction):
--   psql -X -v ON_ERROR_STOP=1 -f FILE
-- Each segment commits on its own. If one fails, fix the cause and run the script again from
-- the "-- segment" line of the one that failed (each segment starts with the settings it needs):
-- a concurrent index build begins by dropping what a failed build left.

-- segment 1 of 1: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.animal ALTER COLUMN id DROP NOT NULL;

ALTER TABLE app.dog ALTER COLUMN good DROP NOT NULL;

ALTER TABLE app.dog ALTER COLUMN id DROP NOT NULL;

ALTER TABLE app.dog ALTER COLUMN legs DROP NOT NULL;

ALTER TABLE app.reading ALTER COLUMN value DROP NOT NULL;

ALTER TABLE app.reading_2024 ALTER COLUMN note DROP NOT NULL;

ALTER TABLE app.reading_2024 ALTER COLUMN value DROP NOT NULL;

COMMIT;
