-- A changed constant, a new default, a dropped default and a default
-- that uses a sequence.
CREATE SCHEMA app;

CREATE SEQUENCE app.ticket_no;

CREATE TABLE app.ticket (
    id integer PRIMARY KEY,
    status text DEFAULT 'triage',
    priority integer DEFAULT 3,
    opened_at timestamptz,
    number bigint DEFAULT nextval('app.ticket_no')
);
