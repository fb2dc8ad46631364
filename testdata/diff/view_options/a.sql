-- View options change in place: security_barrier, check_option.
CREATE SCHEMA app;
CREATE TABLE app.doc (id int PRIMARY KEY, owner text, public boolean);
CREATE VIEW app.public_docs AS SELECT id, owner FROM app.doc WHERE public;
