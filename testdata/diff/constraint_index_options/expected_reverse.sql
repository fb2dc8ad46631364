SET check_function_bodies = off;

ALTER TABLE app.room DROP CONSTRAINT room_code_key;

ALTER TABLE app.stay DROP CONSTRAINT stay_pkey;

DROP TABLE app.extra;

ALTER INDEX app.booking_no_overlap RESET (fillfactor, buffering);

ALTER INDEX app.booking_pkey RESET (fillfactor);

ALTER TABLE app.room ADD CONSTRAINT room_code_key UNIQUE (code);

ALTER INDEX app.room_pkey SET (fillfactor='60', deduplicate_items='off');

ALTER TABLE app.stay ADD CONSTRAINT stay_pkey PRIMARY KEY (id, at);

ALTER INDEX app.room_floor_idx RESET (deduplicate_items);

ALTER INDEX app.room_floor_idx SET (fillfactor='40');
