-- Names that must be quoted: spaces, upper case, reserved words, embedded
-- double quotes, non-ASCII letters, a dot, and a name that looks like SQL.
CREATE SCHEMA "Sales Dept";

CREATE SCHEMA "Ünïcødé";

CREATE TABLE "Sales Dept"."order" (
    "select" integer PRIMARY KEY,
    "Customer Name" text,
    "say ""hi""" text DEFAULT 'it''s',
    "naïve" boolean,
    "from" date
);

CREATE INDEX "Order By ""Name""" ON "Sales Dept"."order" ("Customer Name", "from");

CREATE TABLE "Ünïcødé"."Tâble.Ñame" (
    "id" integer PRIMARY KEY,
    "x); DROP TABLE y; --" text,
    "order_ref" integer REFERENCES "Sales Dept"."order" ("select")
);

CREATE VIEW "Ünïcødé"."View ""Q""" AS
    SELECT "select", "Customer Name" FROM "Sales Dept"."order";

COMMENT ON COLUMN "Sales Dept"."order"."say ""hi""" IS 'quoted';
