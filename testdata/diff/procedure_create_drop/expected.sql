SET check_function_bodies = off;

CREATE OR REPLACE PROCEDURE app.finish(IN job_id integer, INOUT n integer DEFAULT 0)
 LANGUAGE plpgsql
AS $procedure$
BEGIN
  UPDATE app.job SET done = true WHERE id = job_id;
  GET DIAGNOSTICS n = ROW_COUNT;
END $procedure$;

COMMENT ON PROCEDURE app.finish(IN job_id integer, INOUT n integer) IS 'marks a job done';

ALTER PROCEDURE app.finish(IN job_id integer, INOUT n integer) OWNER TO postgres;
