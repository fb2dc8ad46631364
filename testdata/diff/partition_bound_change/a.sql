-- A partition's bounds change: detach and re-attach keeps its rows.
CREATE SCHEMA app;
CREATE TABLE app.log (at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE app.log_old PARTITION OF app.log FOR VALUES FROM ('2000-01-01') TO ('2020-01-01');
CREATE TABLE app.loose (at date NOT NULL, msg text);
