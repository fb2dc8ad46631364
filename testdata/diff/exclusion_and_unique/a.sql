-- Exclusion constraints (btree_gist) and multi-column unique constraints.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA app;
CREATE TABLE app.booking (id int PRIMARY KEY, room int NOT NULL, during tsrange NOT NULL);
