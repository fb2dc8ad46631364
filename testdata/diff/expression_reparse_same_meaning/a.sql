-- The same constraints and index written two ways: as an IN list over a
-- varchar column (a.sql) and in the form PostgreSQL settles on once its own
-- printed text is run again (b.sql). Only the comment differs: the plan
-- must not touch the constraint or the index.
CREATE SCHEMA app;
CREATE TABLE app.job (
    id integer PRIMARY KEY,
    state varchar(10) NOT NULL CONSTRAINT job_state_check CHECK (state IN ('new', 'done'))
);
CREATE INDEX job_new_idx ON app.job (id) WHERE state IN ('new');
CREATE INDEX job_state_idx ON app.job (id) WHERE state IN ('new', 'done');
INSERT INTO app.job VALUES (1, 'new'), (2, 'done');
