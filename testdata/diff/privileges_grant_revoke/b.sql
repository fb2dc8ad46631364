-- Grants added and revoked on a schema, a table, a column, a sequence and
-- a function (including PUBLIC's default EXECUTE), a grant option, a
-- change of owner and a default privilege.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_priv_reader') THEN
        CREATE ROLE rt_priv_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_priv_writer') THEN
        CREATE ROLE rt_priv_writer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_priv_owner') THEN
        CREATE ROLE rt_priv_owner NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;

CREATE TABLE app.doc (
    id integer PRIMARY KEY,
    title text,
    body text
);

CREATE TABLE app.archive (
    id integer PRIMARY KEY
);
ALTER TABLE app.archive OWNER TO rt_priv_owner;

CREATE SEQUENCE app.doc_no;

CREATE FUNCTION app.word_count(t text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_length(regexp_split_to_array(t, '\s+'), 1) $$;

GRANT USAGE ON SCHEMA app TO rt_priv_reader, rt_priv_writer;
GRANT SELECT ON app.doc TO rt_priv_reader WITH GRANT OPTION;
GRANT SELECT, INSERT ON app.doc TO rt_priv_writer;
GRANT UPDATE (title) ON app.doc TO rt_priv_writer;
GRANT USAGE, SELECT ON SEQUENCE app.doc_no TO rt_priv_writer;
REVOKE EXECUTE ON FUNCTION app.word_count(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.word_count(text) TO rt_priv_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO rt_priv_reader;
