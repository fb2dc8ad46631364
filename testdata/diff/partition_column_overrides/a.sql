-- Partitions whose columns carry defaults and NOT NULL of their own (the
-- parent's columns have neither): overrides added, removed and kept through
-- a change of bounds, a table with its own default becoming a partition,
-- a new partition created with overrides, and the same for a new
-- inheritance child and a new typed table.
CREATE SCHEMA app;

CREATE TABLE app.reading (
    sensor integer NOT NULL,
    at date NOT NULL,
    value numeric,
    unit text
) PARTITION BY RANGE (at);

CREATE TABLE app.reading_2023 PARTITION OF app.reading FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
INSERT INTO app.reading VALUES (1, '2023-05-05', 1.5, 'C');

CREATE TABLE app.reading_2024 PARTITION OF app.reading (
    unit DEFAULT 'C',
    value NOT NULL
) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO app.reading VALUES (1, '2024-05-05', 2.5, 'C');

CREATE TABLE app.reading_2022 PARTITION OF app.reading (
    unit DEFAULT 'K'
) FOR VALUES FROM ('2022-06-01') TO ('2023-01-01');
INSERT INTO app.reading VALUES (2, '2022-07-07', 3.5, 'K');

CREATE TABLE app.reading_old (
    sensor integer NOT NULL,
    at date NOT NULL,
    value numeric,
    unit text DEFAULT 'F'
);
INSERT INTO app.reading_old VALUES (3, '2010-01-01', 4.5, 'F');

CREATE TABLE app.base (
    k integer NOT NULL DEFAULT 1,
    v text
);
CREATE TYPE app.pair AS (x integer, y text);
