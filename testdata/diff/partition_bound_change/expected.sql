SET check_function_bodies = off;

ALTER TABLE app.log DETACH PARTITION app.log_old;

ALTER TABLE app.log ATTACH PARTITION app.log_old FOR VALUES FROM ('1990-01-01') TO ('2020-01-01');

ALTER TABLE app.log ATTACH PARTITION app.loose FOR VALUES FROM ('2020-01-01') TO ('2030-01-01');
