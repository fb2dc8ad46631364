-- Index and constraint definitions in many shapes, for the test that the
-- reader builds them exactly as pg_get_indexdef and pg_get_constraintdef
-- print them (snapshot.ReadOptions.ServerDeparse, deparse.go).
CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA defs;
CREATE SCHEMA "Defs Quoted";
CREATE TYPE defs.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN defs.short_text AS varchar(20);
CREATE DOMAIN defs.positive AS integer CHECK (VALUE > 0);
CREATE DOMAIN defs.nested AS defs.short_text;
CREATE TYPE defs.span AS RANGE (subtype = float8);
CREATE TYPE defs.pair AS (a int, b text);

CREATE TABLE defs.parent (
    id bigint PRIMARY KEY,
    code varchar(10) NOT NULL,
    "Mixed Case" text,
    "user" int,
    "order" int,
    region char(2),
    UNIQUE (code),
    UNIQUE ("user", "order")
);
CREATE TABLE "Defs Quoted"."Parent Table" ("Key" int, "select" text, PRIMARY KEY ("Key") INCLUDE ("select"));

CREATE TABLE defs.kinds (
    id serial,
    v varchar(40),
    v2 varchar,
    c char(3),
    t text,
    tc text COLLATE "C",
    n name,
    ch "char",
    e defs.mood,
    ea defs.mood[],
    ia int[],
    ta text[],
    st defs.short_text,
    ne defs.nested,
    p defs.positive,
    r int4range,
    sp defs.span,
    ci citext,
    b bytea,
    u uuid,
    j jsonb,
    ts timestamptz,
    bo boolean,
    nu numeric(10, 2),
    f float4,
    i8 int8,
    bi bit(3),
    vb varbit,
    inet_col inet,
    cidr_col cidr,
    mac macaddr,
    oi oid,
    pr defs.pair,
    iv interval,
    ti time,
    tz timetz,
    mo money,
    CONSTRAINT kinds_pk PRIMARY KEY (id, v) INCLUDE (t, ts),
    CONSTRAINT kinds_unique_deferrable UNIQUE (u) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ON defs.kinds (v);
CREATE INDEX ON defs.kinds (v2 DESC);
CREATE INDEX ON defs.kinds (c NULLS FIRST);
CREATE INDEX ON defs.kinds (t DESC NULLS LAST);
CREATE INDEX ON defs.kinds (t ASC NULLS LAST);
CREATE INDEX ON defs.kinds (t DESC NULLS FIRST);
CREATE INDEX ON defs.kinds (tc);
CREATE INDEX ON defs.kinds (tc COLLATE "POSIX");
CREATE INDEX ON defs.kinds (t COLLATE "C");
CREATE INDEX ON defs.kinds (t text_pattern_ops);
CREATE INDEX ON defs.kinds (v varchar_pattern_ops);
CREATE INDEX ON defs.kinds (v text_ops);
CREATE INDEX ON defs.kinds (c bpchar_pattern_ops);
CREATE INDEX ON defs.kinds (n);
CREATE INDEX ON defs.kinds (ch);
CREATE INDEX ON defs.kinds (e);
CREATE INDEX ON defs.kinds (ea);
CREATE INDEX ON defs.kinds (ia);
CREATE INDEX ON defs.kinds (ta);
CREATE INDEX ON defs.kinds (st);
CREATE INDEX ON defs.kinds (ne);
CREATE INDEX ON defs.kinds (p);
CREATE INDEX ON defs.kinds (r);
CREATE INDEX ON defs.kinds (sp);
CREATE INDEX ON defs.kinds (ci);
CREATE INDEX ON defs.kinds (b);
CREATE INDEX ON defs.kinds (u);
CREATE INDEX ON defs.kinds (j);
CREATE INDEX ON defs.kinds (ts, bo, nu, f, i8);
CREATE INDEX ON defs.kinds (bi, vb);
CREATE INDEX ON defs.kinds (inet_col, cidr_col, mac);
CREATE INDEX ON defs.kinds (oi);
CREATE INDEX ON defs.kinds (pr);
CREATE INDEX ON defs.kinds (iv, ti, tz, mo);
CREATE INDEX ON defs.kinds (cidr_col inet_ops);
CREATE INDEX ON defs.kinds USING hash (v);
CREATE INDEX ON defs.kinds USING hash (t);
CREATE INDEX ON defs.kinds USING hash (e);
CREATE INDEX ON defs.kinds USING hash (ci);
CREATE INDEX ON defs.kinds USING hash (st);
CREATE INDEX ON defs.kinds USING hash (ia);
CREATE INDEX ON defs.kinds USING gin (j);
CREATE INDEX ON defs.kinds USING gin (j jsonb_path_ops);
CREATE INDEX ON defs.kinds USING gist (r);
CREATE INDEX ON defs.kinds USING brin (ts);
CREATE INDEX ON defs.kinds (lower(t));
CREATE INDEX ON defs.kinds (t) WHERE bo;
CREATE INDEX ON defs.kinds (t) WITH (fillfactor = 70);
CREATE UNIQUE INDEX kinds_unique_include ON defs.kinds (i8) INCLUDE (v, e);
CREATE INDEX "Index ""Quoted"" Name" ON defs.kinds (t, v DESC, c);
CREATE INDEX ON "Defs Quoted"."Parent Table" ("select" DESC, "Key");

CREATE TABLE defs.child (
    id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id bigint REFERENCES defs.parent,
    parent_code varchar(10) REFERENCES defs.parent (code) ON UPDATE CASCADE ON DELETE SET NULL,
    u int, o int,
    qk int REFERENCES "Defs Quoted"."Parent Table" ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    k1 int, k2 varchar(40),
    CONSTRAINT child_user_order FOREIGN KEY (u, o) REFERENCES defs.parent ("user", "order") MATCH FULL ON DELETE RESTRICT ON UPDATE SET DEFAULT,
    CONSTRAINT child_kinds FOREIGN KEY (k1, k2) REFERENCES defs.kinds (id, v) ON DELETE NO ACTION,
    CONSTRAINT child_check CHECK (u > 0) NOT VALID
);
ALTER TABLE defs.child ADD CONSTRAINT child_parent_not_valid FOREIGN KEY (parent_id) REFERENCES defs.parent (id) NOT VALID;
ALTER TABLE defs.child ADD CONSTRAINT child_self FOREIGN KEY (o) REFERENCES defs.child (id) DEFERRABLE;

CREATE TABLE defs.partitioned (id int, at date, name varchar(10), PRIMARY KEY (id, at), UNIQUE (name, at)) PARTITION BY RANGE (at);
CREATE TABLE defs.partitioned_2024 PARTITION OF defs.partitioned FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE defs.partitioned_2025 PARTITION OF defs.partitioned FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX ON defs.partitioned (name);
CREATE INDEX ON ONLY defs.partitioned (at DESC);
CREATE TABLE defs.refs_partitioned (id int, at date, FOREIGN KEY (id, at) REFERENCES defs.partitioned);

CREATE MATERIALIZED VIEW defs.mv AS SELECT id, v, t FROM defs.kinds;
CREATE UNIQUE INDEX ON defs.mv (id, v);
CREATE INDEX ON defs.mv (t DESC);

CREATE TABLE defs.excl (r int4range, EXCLUDE USING gist (r WITH &&));

-- A hash class of the user's own that is the default for varchar: indexes
-- made before it keep text_ops, which is then no longer the default and is
-- printed; a new index takes the new class, which is not.
CREATE TABLE defs.before_class (v varchar(10), c char(2));
CREATE INDEX before_class_v ON defs.before_class USING hash (v);
CREATE OPERATOR CLASS defs.varchar_hash DEFAULT FOR TYPE varchar USING hash AS
    OPERATOR 1 = (text, text), FUNCTION 1 pg_catalog.hashtext(text);
CREATE INDEX after_class_v ON defs.before_class USING hash (v);

-- Other access methods: their default classes are left unnamed too.
CREATE TABLE defs.other_methods (t text, p point, ip inet, r int4range, tsv tsvector, j jsonb, ts timestamptz, ia int[]);
CREATE INDEX ON defs.other_methods USING gin (j);
CREATE INDEX ON defs.other_methods USING gin (ia);
CREATE INDEX ON defs.other_methods USING gin (tsv);
CREATE INDEX ON defs.other_methods USING gist (r);
CREATE INDEX ON defs.other_methods USING gist (p);
CREATE INDEX ON defs.other_methods USING gist (tsv);
CREATE INDEX ON defs.other_methods USING gist (ip inet_ops);
CREATE INDEX ON defs.other_methods USING spgist (t);
CREATE INDEX ON defs.other_methods USING spgist (p);
CREATE INDEX ON defs.other_methods USING spgist (ip);
CREATE INDEX ON defs.other_methods USING spgist (r);
CREATE INDEX ON defs.other_methods USING brin (ts);
CREATE INDEX ON defs.other_methods USING brin (ts, ip);
CREATE INDEX ON defs.other_methods USING gist (r) INCLUDE (t);
