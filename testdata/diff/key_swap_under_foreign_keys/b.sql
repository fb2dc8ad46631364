-- See a.sql.
CREATE SCHEMA app;

CREATE TABLE app.account (
    id integer NOT NULL CONSTRAINT account_pkey PRIMARY KEY,
    code text NOT NULL CONSTRAINT account_code_key UNIQUE,
    parent_id integer CONSTRAINT account_parent_fkey REFERENCES app.account (id)
);
INSERT INTO app.account VALUES (1, 'root', NULL), (2, 'child', 1);

CREATE TABLE app.membership (
    account_id integer CONSTRAINT membership_account_fkey REFERENCES app.account (id),
    account_code text CONSTRAINT membership_code_fkey REFERENCES app.account (code) ON DELETE CASCADE
);
INSERT INTO app.membership VALUES (1, 'root'), (2, 'child');

CREATE TABLE app.ledger (
    account_id integer NOT NULL CONSTRAINT ledger_account_fkey REFERENCES app.account (id),
    at date NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE app.ledger_2024 PARTITION OF app.ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO app.ledger VALUES (2, '2024-05-01');

CREATE TABLE app.product (
    sku text NOT NULL,
    name text
);
CREATE UNIQUE INDEX product_sku ON app.product (sku) INCLUDE (name);
INSERT INTO app.product VALUES ('p-1', 'one');

CREATE TABLE app.line (
    sku text CONSTRAINT line_sku_fkey REFERENCES app.product (sku)
);
INSERT INTO app.line VALUES ('p-1');

CREATE TABLE app.region (
    code text NOT NULL CONSTRAINT region_code_key PRIMARY KEY
);
INSERT INTO app.region VALUES ('eu');

CREATE TABLE app.office (
    region text CONSTRAINT office_region_fkey REFERENCES app.region (code)
);
INSERT INTO app.office VALUES ('eu');

CREATE TABLE app.event (
    id integer NOT NULL,
    at date NOT NULL,
    CONSTRAINT event_key UNIQUE (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE app.event_2024 PARTITION OF app.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO app.event VALUES (1, '2024-02-02');

CREATE TABLE app.event_note (
    event_id integer,
    event_at date,
    CONSTRAINT event_note_event_fkey FOREIGN KEY (event_id, event_at) REFERENCES app.event (id, at)
);
INSERT INTO app.event_note VALUES (1, '2024-02-02');
