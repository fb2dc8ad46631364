SET check_function_bodies = off;

COMMENT ON TABLE app.job IS NULL;
