CREATE SCHEMA app;
CREATE TABLE app.t (a int, b int, CONSTRAINT t_a_b_key UNIQUE (a, b));
