CREATE SCHEMA app;
CREATE TABLE app.a (id int);
CREATE TABLE app.b (id int);
CREATE SEQUENCE app.shared_seq OWNED BY app.b.id;
ALTER TABLE app.b ALTER COLUMN id SET DEFAULT nextval('app.shared_seq');
