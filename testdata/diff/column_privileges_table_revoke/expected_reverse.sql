SET check_function_bodies = off;

GRANT SELECT ON TABLE app.doc TO rt_colrev_reader;

ALTER TABLE app.note OWNER TO postgres;

GRANT UPDATE ON TABLE app.doc_titles TO rt_colrev_reader;
