CREATE SCHEMA app;

CREATE TABLE app.contact (
    id integer PRIMARY KEY,
    email text NOT NULL,
    phone text,
    city text NOT NULL
);
