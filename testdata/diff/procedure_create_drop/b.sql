CREATE SCHEMA app;
CREATE TABLE app.job (id int PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE PROCEDURE app.finish(job_id int, INOUT n int DEFAULT 0) LANGUAGE plpgsql AS $$
BEGIN
  UPDATE app.job SET done = true WHERE id = job_id;
  GET DIAGNOSTICS n = ROW_COUNT;
END $$;
COMMENT ON PROCEDURE app.finish(int, int) IS 'marks a job done';
