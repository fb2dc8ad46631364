SET check_function_bodies = off;

DROP PROCEDURE app.finish(IN job_id integer, INOUT n integer);
