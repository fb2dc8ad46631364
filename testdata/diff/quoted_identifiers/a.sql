CREATE SCHEMA "Sales Dept";

CREATE TABLE "Sales Dept"."order" (
    "select" integer PRIMARY KEY,
    "Customer Name" text
);
