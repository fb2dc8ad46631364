CREATE SCHEMA app;

CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);

CREATE TABLE app.item (
    id integer PRIMARY KEY
);
