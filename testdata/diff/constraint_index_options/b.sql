CREATE SCHEMA app;

CREATE TABLE app.room (
    id integer,
    code text NOT NULL,
    floor integer,
    CONSTRAINT room_pkey PRIMARY KEY (id) WITH (fillfactor = 70),
    CONSTRAINT room_code_key UNIQUE (code) INCLUDE (floor) WITH (fillfactor = 90, deduplicate_items = off)
        DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE app.booking (
    id integer PRIMARY KEY WITH (fillfactor = 50),
    room_id integer NOT NULL,
    during tsrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&) WITH (fillfactor = 80, buffering = on)
        WHERE (NOT cancelled)
);

CREATE TABLE app.extra (
    id integer,
    CONSTRAINT extra_pkey PRIMARY KEY (id) WITH (fillfactor = 60)
);

CREATE INDEX room_floor_idx ON app.room (floor) WITH (fillfactor = 45, deduplicate_items = off);

CREATE TABLE app.stay (
    id integer,
    at date NOT NULL,
    CONSTRAINT stay_pkey PRIMARY KEY (id, at) WITH (fillfactor = 75)
) PARTITION BY RANGE (at);
CREATE TABLE app.stay_2024 PARTITION OF app.stay FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
