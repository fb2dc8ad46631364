DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_colrev_owner') THEN
        CREATE ROLE rt_colrev_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_colrev_reader') THEN
        CREATE ROLE rt_colrev_reader NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
CREATE TABLE app.doc (id int PRIMARY KEY, title text, body text);
GRANT SELECT (id), UPDATE (title) ON app.doc TO rt_colrev_reader;
CREATE VIEW app.doc_titles AS SELECT id, title FROM app.doc;
GRANT SELECT ON app.doc_titles TO rt_colrev_reader;
GRANT UPDATE (title) ON app.doc_titles TO rt_colrev_reader;
CREATE TABLE app.note (id int, txt text);
ALTER TABLE app.note OWNER TO rt_colrev_owner;
GRANT SELECT (txt) ON app.note TO rt_colrev_reader;
