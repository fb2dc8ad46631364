-- See a.sql.
CREATE SCHEMA app;

CREATE TABLE app.reading (
    sensor integer NOT NULL,
    at date NOT NULL,
    value numeric,
    unit text
) PARTITION BY RANGE (at);

CREATE TABLE app.reading_2023 PARTITION OF app.reading (
    unit DEFAULT 'K',
    value NOT NULL
) FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
INSERT INTO app.reading VALUES (1, '2023-05-05', 1.5, 'C');

CREATE TABLE app.reading_2024 PARTITION OF app.reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO app.reading VALUES (1, '2024-05-05', 2.5, 'C');

CREATE TABLE app.reading_2022 PARTITION OF app.reading (
    unit DEFAULT 'K'
) FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
INSERT INTO app.reading VALUES (2, '2022-07-07', 3.5, 'K');

CREATE TABLE app.reading_old (
    sensor integer NOT NULL,
    at date NOT NULL,
    value numeric,
    unit text DEFAULT 'F'
);
ALTER TABLE app.reading ATTACH PARTITION app.reading_old FOR VALUES FROM ('2000-01-01') TO ('2022-01-01');
INSERT INTO app.reading VALUES (3, '2010-01-01', 4.5, 'F');

CREATE TABLE app.reading_2025 PARTITION OF app.reading (
    value NOT NULL,
    unit DEFAULT 'C'
) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE app.base (
    k integer NOT NULL DEFAULT 1,
    v text
);
CREATE TYPE app.pair AS (x integer, y text);

-- A new child and a new typed table whose columns differ from what they
-- inherit: a default dropped and one set, NOT NULL added.
CREATE TABLE app.kid () INHERITS (app.base);
ALTER TABLE app.kid ALTER COLUMN k DROP DEFAULT;
ALTER TABLE app.kid ALTER COLUMN v SET DEFAULT 'x';
CREATE TABLE app.typed OF app.pair (x NOT NULL, y DEFAULT 'z');
