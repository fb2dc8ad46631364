CREATE SCHEMA app;
CREATE TABLE app.doc (id int PRIMARY KEY, owner text, public boolean);
CREATE VIEW app.public_docs WITH (security_barrier = true) AS SELECT id, owner FROM app.doc WHERE public WITH CASCADED CHECK OPTION;
ALTER VIEW app.public_docs ALTER COLUMN owner SET DEFAULT 'nobody';
