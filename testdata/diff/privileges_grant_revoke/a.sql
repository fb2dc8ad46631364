-- Roles are cluster-wide: create them only if another case or run has not.
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

CREATE SEQUENCE app.doc_no;

CREATE FUNCTION app.word_count(t text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_length(regexp_split_to_array(t, '\s+'), 1) $$;

GRANT USAGE ON SCHEMA app TO rt_priv_reader;
GRANT SELECT ON app.doc TO rt_priv_reader;
GRANT SELECT, INSERT, DELETE ON app.doc TO rt_priv_writer;
GRANT USAGE ON SEQUENCE app.doc_no TO rt_priv_reader;
