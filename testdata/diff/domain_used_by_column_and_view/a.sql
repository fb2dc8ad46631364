CREATE SCHEMA app;

CREATE DOMAIN app.email AS text
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');

CREATE TABLE app.person (
    id integer PRIMARY KEY,
    email app.email NOT NULL
);

CREATE VIEW app.person_email AS
    SELECT id, email, lower(email) AS normalized FROM app.person;

INSERT INTO app.person VALUES (1, 'ada@example.org');
