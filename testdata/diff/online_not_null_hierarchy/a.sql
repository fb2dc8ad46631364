-- NOT NULL added, --online, across table hierarchies: on an inheritance
-- parent (the helper check is inherited, so the children's SET NOT NULL
-- skips its scan too); on a partitioned table, after each partition's
-- column is made NOT NULL online (the parent's SET NOT NULL then reads
-- nothing); on one partition's own column; and on a child's own column.
CREATE SCHEMA app;

CREATE TABLE app.animal (id integer, name text, legs integer);
CREATE TABLE app.dog (good boolean) INHERITS (app.animal);
INSERT INTO app.animal SELECT g, 'a' || g, 4 FROM generate_series(1, 500) g;
INSERT INTO app.dog SELECT g, 'd' || g, 4, true FROM generate_series(501, 900) g;

CREATE TABLE app.reading (id integer, at date NOT NULL, value numeric, note text) PARTITION BY RANGE (at);
CREATE TABLE app.reading_2024 PARTITION OF app.reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO app.reading SELECT g, date '2024-01-01' + g % 365, g, 'n' FROM generate_series(1, 1000) g;
