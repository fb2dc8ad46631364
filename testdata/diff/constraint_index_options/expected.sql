SET check_function_bodies = off;

ALTER TABLE app.room DROP CONSTRAINT room_code_key;

ALTER TABLE app.stay DROP CONSTRAINT stay_pkey;

CREATE TABLE app.extra (
    id integer NOT NULL
);

ALTER TABLE app.extra OWNER TO postgres;

ALTER INDEX app.booking_no_overlap SET (fillfactor='80', buffering='on');

ALTER INDEX app.booking_pkey SET (fillfactor='50');

ALTER TABLE app.extra ADD CONSTRAINT extra_pkey PRIMARY KEY (id) WITH (fillfactor='60');

ALTER TABLE app.room ADD CONSTRAINT room_code_key UNIQUE (code) INCLUDE (floor) WITH (fillfactor='90', deduplicate_items=off) DEFERRABLE INITIALLY DEFERRED;

ALTER INDEX app.room_pkey RESET (deduplicate_items);

ALTER INDEX app.room_pkey SET (fillfactor='70');

ALTER TABLE app.stay ADD CONSTRAINT stay_pkey PRIMARY KEY (id, at) WITH (fillfactor='75');

ALTER INDEX app.room_floor_idx SET (fillfactor='45', deduplicate_items='off');
