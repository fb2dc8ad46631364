SET check_function_bodies = off;

DROP VIEW "Ünïcødé"."View ""Q""";

DROP INDEX "Sales Dept"."Order By ""Name""";

ALTER TABLE "Sales Dept"."order" DROP COLUMN "from";

ALTER TABLE "Sales Dept"."order" DROP COLUMN "naïve";

ALTER TABLE "Sales Dept"."order" DROP COLUMN "say ""hi""";

DROP TABLE "Ünïcødé"."Tâble.Ñame";

DROP SCHEMA "Ünïcødé";
