SET check_function_bodies = off;

ALTER TABLE app.t DROP CONSTRAINT t_a_b_key;

ALTER TABLE app.t ADD CONSTRAINT t_a_b_key UNIQUE NULLS NOT DISTINCT (a, b);
