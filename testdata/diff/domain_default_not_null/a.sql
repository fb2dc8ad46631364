CREATE SCHEMA app;

CREATE DOMAIN app.status AS text;

CREATE DOMAIN app.priority AS smallint DEFAULT 3 NOT NULL;

CREATE TABLE app.ticket (
    id integer PRIMARY KEY,
    status app.status,
    priority app.priority
);

INSERT INTO app.ticket VALUES (1, 'open', 1);
