-- A default and NOT NULL added to one domain and taken off another (and a
-- default changed), while a table uses both; a comment on a domain.
CREATE SCHEMA app;

CREATE DOMAIN app.status AS text DEFAULT 'new' NOT NULL;

CREATE DOMAIN app.priority AS smallint DEFAULT 5;

COMMENT ON DOMAIN app.status IS 'Ticket status';

CREATE TABLE app.ticket (
    id integer PRIMARY KEY,
    status app.status,
    priority app.priority
);

INSERT INTO app.ticket VALUES (1, 'open', 1);
