SET check_function_bodies = off;

DROP TABLE app.events_2022;

DROP TABLE app.events_default;

CREATE TABLE app.events_2020 PARTITION OF app.events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');

ALTER TABLE app.events_2020 OWNER TO postgres;
