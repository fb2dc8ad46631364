SET check_function_bodies = off;

CREATE SCHEMA "Ünïcødé";

ALTER SCHEMA "Ünïcødé" OWNER TO postgres;

CREATE TABLE "Ünïcødé"."Tâble.Ñame" (
    id integer NOT NULL,
    "x); DROP TABLE y; --" text,
    order_ref integer
);

ALTER TABLE "Ünïcødé"."Tâble.Ñame" OWNER TO postgres;

ALTER TABLE "Sales Dept"."order" ADD COLUMN "say ""hi""" text DEFAULT 'it''s'::text;

COMMENT ON COLUMN "Sales Dept"."order"."say ""hi""" IS 'quoted';

ALTER TABLE "Sales Dept"."order" ADD COLUMN "naïve" boolean;

ALTER TABLE "Sales Dept"."order" ADD COLUMN "from" date;

ALTER TABLE "Ünïcødé"."Tâble.Ñame" ADD CONSTRAINT "Tâble.Ñame_order_ref_fkey" FOREIGN KEY (order_ref) REFERENCES "Sales Dept"."order"("select");

ALTER TABLE "Ünïcødé"."Tâble.Ñame" ADD CONSTRAINT "Tâble.Ñame_pkey" PRIMARY KEY (id);

CREATE INDEX "Order By ""Name""" ON "Sales Dept"."order" USING btree ("Customer Name", "from");

CREATE VIEW "Ünïcødé"."View ""Q""" AS
 SELECT "order"."select",
    "order"."Customer Name"
   FROM "Sales Dept"."order";

ALTER VIEW "Ünïcødé"."View ""Q""" OWNER TO postgres;
