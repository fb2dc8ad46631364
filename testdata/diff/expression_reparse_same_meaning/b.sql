CREATE SCHEMA app;
CREATE TABLE app.job (
    id integer PRIMARY KEY,
    state varchar(10) NOT NULL CONSTRAINT job_state_check
        CHECK ((state)::text = ANY (ARRAY[('new'::character varying)::text, ('done'::character varying)::text]))
);
CREATE INDEX job_new_idx ON app.job (id) WHERE state IN ('new');
CREATE INDEX job_state_idx ON app.job (id)
    WHERE (state)::text = ANY (ARRAY[('new'::character varying)::text, ('done'::character varying)::text]);
COMMENT ON TABLE app.job IS 'background jobs';
INSERT INTO app.job VALUES (1, 'new'), (2, 'done');
