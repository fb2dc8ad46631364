SET check_function_bodies = off;

DROP TABLE app.kid;

DROP TABLE app.reading_2025;

DROP TABLE app.typed;

ALTER TABLE app.reading DETACH PARTITION app.reading_2022;

ALTER TABLE app.reading ATTACH PARTITION app.reading_2022 FOR VALUES FROM ('2022-06-01') TO ('2023-01-01');

ALTER TABLE app.reading DETACH PARTITION app.reading_old;

ALTER TABLE app.reading_2023 ALTER COLUMN unit DROP DEFAULT;

ALTER TABLE app.reading_2023 ALTER COLUMN value DROP NOT NULL;

ALTER TABLE app.reading_2024 ALTER COLUMN unit SET DEFAULT 'C'::text;

ALTER TABLE app.reading_2024 ALTER COLUMN value SET NOT NULL;
