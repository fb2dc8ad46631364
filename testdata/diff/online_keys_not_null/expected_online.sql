-- Online migration in 11 segments. Run it as a whole, without -1 (--single-transaction):
--   psql -X -v ON_ERROR_STOP=1 -f FILE
-- Each segment commits on its own. If one fails, fix the cause and run the script again from
-- the "-- segment" line of the one that failed (each segment starts with the settings it needs):
-- a concurrent index build begins by dropping what a failed build left.

-- segment 1 of 11: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

CREATE TABLE app.badge (
    id integer NOT NULL,
    member_id integer NOT NULL,
    label text NOT NULL
);

ALTER TABLE app.badge OWNER TO postgres;

ALTER TABLE app.member DROP CONSTRAINT IF EXISTS "Nick (name)_pgstrata_not_null", ADD CONSTRAINT "Nick (name)_pgstrata_not_null" CHECK ("Nick (name)" IS NOT NULL) NOT VALID;

COMMIT;

-- segment 2 of 11: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.member VALIDATE CONSTRAINT "Nick (name)_pgstrata_not_null";

COMMIT;

-- segment 3 of 11: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.member ALTER COLUMN "Nick (name)" SET NOT NULL;

ALTER TABLE app.member DROP CONSTRAINT "Nick (name)_pgstrata_not_null";

ALTER TABLE app.member ALTER COLUMN code TYPE integer USING code::integer;

ALTER TABLE app.member ALTER COLUMN code SET NOT NULL;

ALTER TABLE app.member DROP CONSTRAINT IF EXISTS email_pgstrata_not_null, ADD CONSTRAINT email_pgstrata_not_null CHECK (email IS NOT NULL) NOT VALID;

COMMIT;

-- segment 4 of 11: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.member VALIDATE CONSTRAINT email_pgstrata_not_null;

COMMIT;

-- segment 5 of 11: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.member ALTER COLUMN email SET NOT NULL;

ALTER TABLE app.member DROP CONSTRAINT email_pgstrata_not_null;

ALTER TABLE app.member DROP CONSTRAINT IF EXISTS id_pgstrata_not_null, ADD CONSTRAINT id_pgstrata_not_null CHECK (id IS NOT NULL) NOT VALID;

COMMIT;

-- segment 6 of 11: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.member VALIDATE CONSTRAINT id_pgstrata_not_null;

COMMIT;

-- segment 7 of 11: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.member ALTER COLUMN id SET NOT NULL;

ALTER TABLE app.member DROP CONSTRAINT id_pgstrata_not_null;

ALTER TABLE app.badge ADD CONSTRAINT badge_label_key UNIQUE (label);

ALTER TABLE app.badge ADD CONSTRAINT badge_pkey PRIMARY KEY (id);

COMMIT;

-- segment 8 of 11: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.member_email_key;

CREATE UNIQUE INDEX CONCURRENTLY member_email_key ON app.member USING btree (email) INCLUDE (team);

ALTER TABLE app.member ADD CONSTRAINT member_email_key UNIQUE USING INDEX member_email_key;

-- segment 9 of 11: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app."member_nick (name)_key";

CREATE UNIQUE INDEX CONCURRENTLY "member_nick (name)_key" ON app.member USING btree ("Nick (name)", team);

ALTER TABLE app.member ADD CONSTRAINT "member_nick (name)_key" UNIQUE USING INDEX "member_nick (name)_key" DEFERRABLE INITIALLY DEFERRED;

-- segment 10 of 11: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.member_pkey;

CREATE UNIQUE INDEX CONCURRENTLY member_pkey ON app.member USING btree (id) WITH (fillfactor='80');

ALTER TABLE app.member ADD CONSTRAINT member_pkey PRIMARY KEY USING INDEX member_pkey;

-- segment 11 of 11: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.badge ADD CONSTRAINT badge_member_id_fkey FOREIGN KEY (member_id) REFERENCES app.member(id);

COMMIT;
