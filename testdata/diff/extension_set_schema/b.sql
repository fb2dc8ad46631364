CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE EXTENSION citext SCHEMA b;
CREATE TABLE public.account (
    id int PRIMARY KEY,
    email b.citext NOT NULL DEFAULT ''::b.citext,
    aliases b.citext[]
);
CREATE INDEX account_email ON public.account (email);
CREATE VIEW public.account_emails AS SELECT id, email FROM public.account;
