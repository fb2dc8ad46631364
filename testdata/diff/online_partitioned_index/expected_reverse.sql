SET check_function_bodies = off;

DROP INDEX app.event_id_at_key;

DROP INDEX app.event_kind_idx;

DROP INDEX app.log_at_idx;

DROP TABLE app.log_2025;
