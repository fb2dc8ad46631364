SET check_function_bodies = off;

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app REVOKE SELECT ON TABLES FROM rt_priv_reader;

REVOKE USAGE ON SCHEMA app FROM rt_priv_writer;

GRANT EXECUTE ON FUNCTION app.word_count(t text) TO PUBLIC;

REVOKE EXECUTE ON FUNCTION app.word_count(t text) FROM rt_priv_reader;

GRANT USAGE ON SEQUENCE app.doc_no TO rt_priv_reader;

REVOKE SELECT, USAGE ON SEQUENCE app.doc_no FROM rt_priv_writer;

ALTER TABLE app.archive OWNER TO postgres;

REVOKE GRANT OPTION FOR SELECT ON TABLE app.doc FROM rt_priv_reader;

GRANT DELETE ON TABLE app.doc TO rt_priv_writer;

REVOKE UPDATE (title) ON TABLE app.doc FROM rt_priv_writer;
