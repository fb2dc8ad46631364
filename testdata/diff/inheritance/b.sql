CREATE SCHEMA app;
CREATE TABLE app.animal (id int, name text);
CREATE TABLE app.tagged (tag text);
-- dog has its own tag column, so INHERIT can merge it (a column added by
-- INHERIT alone could never become "inherited only" again).
CREATE TABLE app.dog (breed text, tag text) INHERITS (app.animal, app.tagged);
CREATE TABLE app.cat (indoor boolean) INHERITS (app.animal);
