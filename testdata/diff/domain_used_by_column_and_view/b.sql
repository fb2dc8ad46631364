-- A domain that a column and a view use changes in place (a check replaced,
-- a default and a comment added): neither the table nor the view is touched.
CREATE SCHEMA app;

CREATE DOMAIN app.email AS text DEFAULT 'nobody@example.org'
    CONSTRAINT email_has_at CHECK (VALUE LIKE '_%@_%')
    CONSTRAINT email_not_too_long CHECK (length(VALUE) <= 254);

COMMENT ON DOMAIN app.email IS 'An e-mail address';

CREATE TABLE app.person (
    id integer PRIMARY KEY,
    email app.email NOT NULL
);

CREATE VIEW app.person_email AS
    SELECT id, email, lower(email) AS normalized FROM app.person;

INSERT INTO app.person VALUES (1, 'ada@example.org');
