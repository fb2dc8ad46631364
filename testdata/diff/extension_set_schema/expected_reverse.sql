SET check_function_bodies = off;

ALTER EXTENSION citext SET SCHEMA a;

ALTER TABLE public.account ALTER COLUMN email SET DEFAULT ''::a.citext;
