SET check_function_bodies = off;

CREATE INDEX job_lower_queue_idx ON app.job USING btree (lower(queue));

CREATE UNIQUE INDEX job_one_running_per_queue ON app.job USING btree (queue) WHERE (state = 'running'::text);

CREATE INDEX job_payload_idx ON app.job USING gin (payload jsonb_path_ops);

CREATE INDEX job_pending_idx ON app.job USING btree (queue, run_at) WHERE (state = 'pending'::text);

CREATE INDEX job_run_at_covering_idx ON app.job USING btree (run_at) INCLUDE (state);

CREATE INDEX job_state_idx ON app.job USING btree (state) WITH (fillfactor='70');
