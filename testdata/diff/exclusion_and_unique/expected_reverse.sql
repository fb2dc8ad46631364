SET check_function_bodies = off;

ALTER TABLE app.booking DROP CONSTRAINT booking_room_id_key;

ALTER TABLE app.booking DROP CONSTRAINT no_double_booking;
