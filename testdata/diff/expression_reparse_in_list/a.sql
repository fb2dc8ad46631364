-- Expressions that PostgreSQL prints differently once re-parsed: an IN list
-- over a varchar column prints as "(ARRAY[…])::text[]", which, applied
-- again, comes back as "ARRAY[(…)::text, …]". The plan must converge and a
-- second diff must be empty.
CREATE SCHEMA app;
CREATE TABLE app.ticket (
    id integer PRIMARY KEY,
    status varchar(20) NOT NULL,
    kind character varying NOT NULL,
    owner_role varchar(30)
);
CREATE DOMAIN app.grade AS varchar(2);
INSERT INTO app.ticket VALUES (1, 'open', 'bug', 'dev'), (2, 'closed', 'task', NULL);
