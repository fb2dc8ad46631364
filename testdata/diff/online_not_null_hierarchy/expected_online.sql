-- Online migration in 13 segments. Run it as a whole, without -1 (--single-transaction):
--   psql -X -v ON_ERROR_STOP=1 -f FILE
-- Each segment commits on its own. If one fails, fix the cause and run the script again from
-- the "-- segment" line of the one that failed (each segment starts with the settings it needs):
-- a concurrent index build begins by dropping what a failed build left.

-- segment 1 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.animal DROP CONSTRAINT IF EXISTS id_pgstrata_not_null, ADD CONSTRAINT id_pgstrata_not_null CHECK (id IS NOT NULL) NOT VALID;

COMMIT;

-- segment 2 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.animal VALIDATE CONSTRAINT id_pgstrata_not_null;

COMMIT;

-- segment 3 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.animal ALTER COLUMN id SET NOT NULL;

ALTER TABLE app.animal DROP CONSTRAINT id_pgstrata_not_null;

ALTER TABLE app.dog DROP CONSTRAINT IF EXISTS good_pgstrata_not_null, ADD CONSTRAINT good_pgstrata_not_null CHECK (good IS NOT NULL) NOT VALID;

COMMIT;

-- segment 4 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.dog VALIDATE CONSTRAINT good_pgstrata_not_null;

COMMIT;

-- segment 5 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.dog ALTER COLUMN good SET NOT NULL;

ALTER TABLE app.dog DROP CONSTRAINT good_pgstrata_not_null;

ALTER TABLE app.dog DROP CONSTRAINT IF EXISTS id_pgstrata_not_null, ADD CONSTRAINT id_pgstrata_not_null CHECK (id IS NOT NULL) NOT VALID;

COMMIT;

-- segment 6 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.dog VALIDATE CONSTRAINT id_pgstrata_not_null;

COMMIT;

-- segment 7 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.dog ALTER COLUMN id SET NOT NULL;

ALTER TABLE app.dog DROP CONSTRAINT id_pgstrata_not_null;

ALTER TABLE app.dog DROP CONSTRAINT IF EXISTS legs_pgstrata_not_null, ADD CONSTRAINT legs_pgstrata_not_null CHECK (legs IS NOT NULL) NOT VALID;

COMMIT;

-- segment 8 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.dog VALIDATE CONSTRAINT legs_pgstrata_not_null;

COMMIT;

-- segment 9 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.dog ALTER COLUMN legs SET NOT NULL;

ALTER TABLE app.dog DROP CONSTRAINT legs_pgstrata_not_null;

ALTER TABLE app.reading_2024 DROP CONSTRAINT IF EXISTS note_pgstrata_not_null, ADD CONSTRAINT note_pgstrata_not_null CHECK (note IS NOT NULL) NOT VALID;

COMMIT;

-- segment 10 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.reading_2024 VALIDATE CONSTRAINT note_pgstrata_not_null;

COMMIT;

-- segment 11 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.reading_2024 ALTER COLUMN note SET NOT NULL;

ALTER TABLE app.reading_2024 DROP CONSTRAINT note_pgstrata_not_null;

ALTER TABLE app.reading_2024 DROP CONSTRAINT IF EXISTS value_pgstrata_not_null, ADD CONSTRAINT value_pgstrata_not_null CHECK (value IS NOT NULL) NOT VALID;

COMMIT;

-- segment 12 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.reading_2024 VALIDATE CONSTRAINT value_pgstrata_not_null;

COMMIT;

-- segment 13 of 13: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.reading_2024 ALTER COLUMN value SET NOT NULL;

ALTER TABLE app.reading_2024 DROP CONSTRAINT value_pgstrata_not_null;

ALTER TABLE app.reading ALTER COLUMN value SET NOT NULL;

COMMIT;
