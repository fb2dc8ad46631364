-- New indexes of several shapes: partial, unique partial, expression,
-- covering (INCLUDE), GIN, and one with a storage parameter.
CREATE SCHEMA app;

CREATE TABLE app.job (
    id bigint PRIMARY KEY,
    queue text NOT NULL,
    state text NOT NULL,
    run_at timestamptz NOT NULL,
    payload jsonb
);

CREATE INDEX job_pending_idx ON app.job (queue, run_at) WHERE state = 'pending';
CREATE UNIQUE INDEX job_one_running_per_queue ON app.job (queue) WHERE state = 'running';
CREATE INDEX job_lower_queue_idx ON app.job (lower(queue));
CREATE INDEX job_run_at_covering_idx ON app.job (run_at) INCLUDE (state);
CREATE INDEX job_payload_idx ON app.job USING gin (payload jsonb_path_ops);
CREATE INDEX job_state_idx ON app.job (state) WITH (fillfactor = 70);
