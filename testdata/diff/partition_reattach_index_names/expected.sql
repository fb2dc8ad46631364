SET check_function_bodies = off;

ALTER TABLE app.sale DETACH PARTITION app.sale_2023;

ALTER TABLE app.sale ATTACH PARTITION app.sale_2023 FOR VALUES FROM ('2022-01-01') TO ('2024-01-01');

ALTER TABLE app.sale DETACH PARTITION app.sale_2024;

ALTER TABLE app.sale ATTACH PARTITION app.sale_2024 FOR VALUES FROM ('2024-01-01') TO ('2026-01-01');

CREATE TABLE app.sale_2026 PARTITION OF app.sale FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

ALTER TABLE app.sale_2026 OWNER TO postgres;

CREATE TABLE app.sale_2027 (
    id integer NOT NULL,
    at date NOT NULL,
    amount integer,
    code text DEFAULT 'n/a'::text
);

CREATE INDEX sale_2027_amount ON app.sale_2027 USING btree (amount);

ALTER TABLE app.sale_2027 ADD CONSTRAINT sale_2027_code UNIQUE (code, at);

ALTER TABLE app.sale_2027 ADD CONSTRAINT sale_2027_pk PRIMARY KEY (id, at);

ALTER TABLE app.sale ATTACH PARTITION app.sale_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');

ALTER TABLE app.sale_2027 OWNER TO postgres;

ALTER TABLE app.sale ATTACH PARTITION app.sale_old FOR VALUES FROM ('2000-01-01') TO ('2022-01-01');
