-- The default privileges change and objects are created under the new ones:
-- ALTER DEFAULT PRIVILEGES comes before the creations it affects, and each
-- new object's grants are planned from what the target's default
-- privileges give it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_dpn_reader') THEN
        CREATE ROLE rt_dpn_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_dpn_writer') THEN
        CREATE ROLE rt_dpn_writer NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO rt_dpn_writer;
CREATE TABLE app.a_only (id int);
CREATE TABLE app.a_private (id int);
REVOKE SELECT ON app.a_private FROM rt_dpn_writer;
