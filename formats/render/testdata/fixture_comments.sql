-- pgstrata 1.2.3 plan: 6 statements
-- from: prod.strata (PostgreSQL 15.4, database app, captured 2026-12-03T18:00:00Z, sha256:625fd6423b041a092248b0c790003e6e3d1415ecac9e4c9d83e202f19f53f2d0)
-- to:   postgres://u@h/app (PostgreSQL 15.4, database app, captured 2026-12-03T18:00:00Z, sha256:02b110c213119fb1963922ce5f7a191abfade22e63351916c17e9a98a5e9b65d)
-- warning: a cycle was broken here
SET check_function_bodies = off;

-- 1. drop view app.v
-- why: re-created because column app.t.id changes
-- hazard dependent_rebuild: re-created because column app.t.id changes type
-- lock: AccessExclusiveLock on view app.v
DROP VIEW app.v;

-- 2. drop column app.t.old
-- hazard data_loss (unsafe): the column and its values go
-- hazard access_exclusive_lock: reads and writes of app.t wait
-- lock: AccessExclusiveLock on table app.t
ALTER TABLE app.t DROP COLUMN old;

-- 3. alter column app.t.id
-- why: type: integer → bigint
-- hazard table_rewrite: app.t is rewritten
-- lock: AccessExclusiveLock on table app.t; rewrites the table
ALTER TABLE app.t ALTER COLUMN id TYPE bigint;

-- 4. alter column app.t.note
-- why: default: 'a'::text → 'b'::text
ALTER TABLE app.t ALTER COLUMN note SET DEFAULT 'b'::text;

-- 5. create view app.v
-- why: re-created because column app.t.id changes
-- why: definition changes
CREATE VIEW app.v AS
 SELECT t.id
   FROM app.t
  WHERE t.id > 0;

-- 6. replace function app.f()
-- why: definition changes
CREATE OR REPLACE FUNCTION app.f()
 RETURNS integer
 LANGUAGE sql
AS $function$
SELECT 2 -- two
  + 0
$function$;
