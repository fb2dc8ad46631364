-- Storage parameters of the indexes that enforce primary key, unique and
-- exclusion constraints (WITH (fillfactor …)), which pg_get_constraintdef
-- leaves out: the snapshot must hold them, and a plan that re-creates a
-- constraint must keep them. Where only they change, ALTER INDEX … SET /
-- RESET changes them in place (not on a partitioned table's index, which
-- refuses it: there the constraint is re-created), for plain indexes too.
CREATE SCHEMA app;

CREATE TABLE app.room (
    id integer,
    code text NOT NULL,
    floor integer,
    CONSTRAINT room_pkey PRIMARY KEY (id) WITH (fillfactor = 60, deduplicate_items = off),
    CONSTRAINT room_code_key UNIQUE (code)
);

CREATE TABLE app.booking (
    id integer PRIMARY KEY,
    room_id integer NOT NULL,
    during tsrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled)
);

CREATE INDEX room_floor_idx ON app.room (floor) WITH (fillfactor = 40);

CREATE TABLE app.stay (
    id integer,
    at date NOT NULL,
    CONSTRAINT stay_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE app.stay_2024 PARTITION OF app.stay FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
