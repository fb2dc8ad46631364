SET check_function_bodies = off;

DROP INDEX app.job_lower_queue_idx;

DROP INDEX app.job_one_running_per_queue;

DROP INDEX app.job_payload_idx;

DROP INDEX app.job_pending_idx;

DROP INDEX app.job_run_at_covering_idx;

DROP INDEX app.job_state_idx;
