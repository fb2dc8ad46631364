CREATE SCHEMA app;

CREATE TABLE app.person (
    id integer PRIMARY KEY,
    first_name text,
    last_name text,
    legacy_code varchar(10) UNIQUE,
    nickname text,
    age integer CHECK (age > 0)
);

CREATE INDEX person_nickname_idx ON app.person (nickname);
