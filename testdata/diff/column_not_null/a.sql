CREATE SCHEMA app;

CREATE TABLE app.contact (
    id integer PRIMARY KEY,
    email text,
    phone text NOT NULL,
    city text
);
