SET check_function_bodies = off;

DROP TABLE app.events_2020;

CREATE TABLE app.events_2022 PARTITION OF app.events FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

ALTER TABLE app.events_2022 OWNER TO postgres;

CREATE TABLE app.events_default PARTITION OF app.events DEFAULT;

ALTER TABLE app.events_default OWNER TO postgres;
