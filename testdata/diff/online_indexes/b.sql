CREATE SCHEMA app;

CREATE TABLE app.account (
    id integer PRIMARY KEY,
    email text NOT NULL,
    region text NOT NULL,
    created date NOT NULL
);
INSERT INTO app.account
SELECT g, 'user' || g || '@example.com', (ARRAY['eu', 'us', 'ap'])[g % 3 + 1], date '2024-01-01' + g % 365
FROM generate_series(1, 2000) g;

CREATE INDEX account_region_idx ON app.account (region, created DESC);
CREATE UNIQUE INDEX account_email_key ON app.account (lower(email));
COMMENT ON INDEX app.account_region_idx IS 'by region, newest first';

CREATE TABLE app.event (
    id integer NOT NULL,
    at date NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE app.event_2024 PARTITION OF app.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO app.event SELECT g, date '2024-01-01' + g % 365 FROM generate_series(1, 500) g;
CREATE INDEX event_at_idx ON app.event (at);

CREATE TABLE app.audit (
    id integer PRIMARY KEY,
    account_id integer NOT NULL
);
CREATE INDEX audit_account_idx ON app.audit (account_id);
