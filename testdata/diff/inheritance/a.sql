-- Classic INHERITS: a child gains and loses parents.
CREATE SCHEMA app;
CREATE TABLE app.animal (id int, name text);
CREATE TABLE app.tagged (tag text);
CREATE TABLE app.dog (tag text, breed text) INHERITS (app.animal);
