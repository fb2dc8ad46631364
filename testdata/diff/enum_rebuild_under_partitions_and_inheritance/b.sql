CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('published', 'draft');
CREATE TABLE app.event (
    id integer NOT NULL,
    status app.status NOT NULL DEFAULT 'draft'
) PARTITION BY RANGE (id);
CREATE TABLE app.event_low PARTITION OF app.event FOR VALUES FROM (0) TO (100);
CREATE TABLE app.event_high PARTITION OF app.event FOR VALUES FROM (100) TO (1000);
CREATE TABLE app.doc (
    id integer PRIMARY KEY,
    status app.status
);
CREATE TABLE app.memo (
    note text
) INHERITS (app.doc);
INSERT INTO app.event VALUES (1, 'draft'), (150, 'published');
INSERT INTO app.doc VALUES (1, 'published');
INSERT INTO app.memo VALUES (2, 'draft', 'hello');
