DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_colpriv_app') THEN CREATE ROLE rt_colpriv_app; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt colpriv "audit"') THEN CREATE ROLE "rt colpriv ""audit"""; END IF;
END $$;
CREATE SCHEMA app;
CREATE TABLE app.person (id int PRIMARY KEY, name text, salary numeric, "Secret Note" text);
GRANT SELECT (id, name) ON app.person TO rt_colpriv_app;
GRANT UPDATE (name) ON app.person TO rt_colpriv_app WITH GRANT OPTION;
