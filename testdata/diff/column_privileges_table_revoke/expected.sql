SET check_function_bodies = off;

REVOKE SELECT ON TABLE app.doc FROM rt_colrev_reader;

ALTER TABLE app.note OWNER TO rt_colrev_owner;

GRANT SELECT (id) ON TABLE app.doc TO rt_colrev_reader;

REVOKE UPDATE ON TABLE app.doc_titles FROM rt_colrev_reader;

GRANT UPDATE (title) ON TABLE app.doc_titles TO rt_colrev_reader;
