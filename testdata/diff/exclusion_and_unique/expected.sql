SET check_function_bodies = off;

ALTER TABLE app.booking ADD CONSTRAINT booking_room_id_key UNIQUE (room, id);

ALTER TABLE app.booking ADD CONSTRAINT no_double_booking EXCLUDE USING gist (room WITH =, during WITH &&);
