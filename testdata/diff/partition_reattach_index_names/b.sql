-- See a.sql.
CREATE SCHEMA app;

CREATE TABLE app.sale (
    id integer NOT NULL,
    at date NOT NULL,
    amount integer,
    code text,
    CONSTRAINT sale_pkey PRIMARY KEY (id, at),
    CONSTRAINT sale_code_key UNIQUE (code, at)
) PARTITION BY RANGE (at);
CREATE INDEX sale_amount ON app.sale (amount);

CREATE TABLE app.sale_2023 PARTITION OF app.sale FOR VALUES FROM ('2022-01-01') TO ('2024-01-01');
INSERT INTO app.sale VALUES (1, '2023-03-01', 10, 'a');

CREATE TABLE app.sale_2024 (
    id integer NOT NULL,
    at date NOT NULL,
    amount integer,
    code text,
    CONSTRAINT sale_2024_key PRIMARY KEY (id, at),
    CONSTRAINT sale_2024_code UNIQUE (code, at)
);
CREATE INDEX sale_2024_by_amount ON app.sale_2024 (amount);
ALTER TABLE app.sale ATTACH PARTITION app.sale_2024 FOR VALUES FROM ('2024-01-01') TO ('2026-01-01');
INSERT INTO app.sale VALUES (2, '2024-03-01', 20, 'b');

CREATE TABLE app.sale_old (
    id integer NOT NULL,
    at date NOT NULL,
    amount integer,
    code text,
    CONSTRAINT sale_old_pk PRIMARY KEY (id, at),
    CONSTRAINT sale_old_code_uq UNIQUE (code, at)
);
CREATE INDEX sale_old_amount ON app.sale_old (amount);
ALTER TABLE app.sale ATTACH PARTITION app.sale_old FOR VALUES FROM ('2000-01-01') TO ('2022-01-01');
INSERT INTO app.sale VALUES (3, '2010-03-01', 30, 'c');

-- New partitions: one whose indexes take the names PostgreSQL chooses, one
-- whose indexes and keys were named before it was attached.
CREATE TABLE app.sale_2026 PARTITION OF app.sale FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE TABLE app.sale_2027 (
    id integer NOT NULL,
    at date NOT NULL,
    amount integer,
    code text DEFAULT 'n/a',
    CONSTRAINT sale_2027_pk PRIMARY KEY (id, at),
    CONSTRAINT sale_2027_code UNIQUE (code, at)
);
CREATE INDEX sale_2027_amount ON app.sale_2027 (amount);
ALTER TABLE app.sale ATTACH PARTITION app.sale_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
