SET check_function_bodies = off;

GRANT USAGE ON SCHEMA app TO rt_priv_writer;

REVOKE EXECUTE ON FUNCTION app.word_count(t text) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION app.word_count(t text) TO rt_priv_reader;

REVOKE USAGE ON SEQUENCE app.doc_no FROM rt_priv_reader;

GRANT SELECT, USAGE ON SEQUENCE app.doc_no TO rt_priv_writer;

ALTER TABLE app.archive OWNER TO rt_priv_owner;

GRANT SELECT ON TABLE app.doc TO rt_priv_reader WITH GRANT OPTION;

REVOKE DELETE ON TABLE app.doc FROM rt_priv_writer;

GRANT UPDATE (title) ON TABLE app.doc TO rt_priv_writer;

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT SELECT ON TABLES TO rt_priv_reader;
