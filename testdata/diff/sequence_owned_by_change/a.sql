CREATE SCHEMA app;
CREATE TABLE app.a (id int);
CREATE TABLE app.b (id int);
CREATE SEQUENCE app.shared_seq OWNED BY app.a.id;
