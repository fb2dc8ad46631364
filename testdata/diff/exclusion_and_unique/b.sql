CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA app;
CREATE TABLE app.booking (id int PRIMARY KEY, room int NOT NULL, during tsrange NOT NULL,
  CONSTRAINT no_double_booking EXCLUDE USING gist (room WITH =, during WITH &&),
  CONSTRAINT booking_room_id_key UNIQUE (room, id));
