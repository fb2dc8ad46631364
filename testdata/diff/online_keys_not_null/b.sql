CREATE SCHEMA app;

CREATE TABLE app.member (
    id integer NOT NULL,
    email text NOT NULL,
    "Nick (name)" text NOT NULL,
    team integer,
    code integer NOT NULL,
    note text,
    CONSTRAINT code_pgstrata_not_null CHECK (code > 0),
    CONSTRAINT member_pkey PRIMARY KEY (id) WITH (fillfactor = 80),
    CONSTRAINT member_email_key UNIQUE (email) INCLUDE (team),
    CONSTRAINT "member_nick (name)_key" UNIQUE ("Nick (name)", team) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO app.member
SELECT g, 'm' || g || '@example.com', 'nick' || g, g % 10, g % 100 + 1, 'n' || g
FROM generate_series(1, 2000) g;

CREATE TABLE app.badge (
    id integer PRIMARY KEY,
    member_id integer NOT NULL REFERENCES app.member (id),
    label text NOT NULL UNIQUE
);
