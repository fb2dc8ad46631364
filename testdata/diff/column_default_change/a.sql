CREATE SCHEMA app;

CREATE SEQUENCE app.ticket_no;

CREATE TABLE app.ticket (
    id integer PRIMARY KEY,
    status text DEFAULT 'open',
    priority integer,
    opened_at timestamptz DEFAULT now(),
    number bigint
);
