CREATE SCHEMA app;

CREATE TABLE app.job (
    id bigint PRIMARY KEY,
    queue text NOT NULL,
    state text NOT NULL,
    run_at timestamptz NOT NULL,
    payload jsonb
);
