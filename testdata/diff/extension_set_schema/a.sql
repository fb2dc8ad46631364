-- Moving an extension to another schema changes how its types print
-- ("a.citext" becomes "b.citext") but not the columns that use them: the
-- plan must move the extension and leave the table (and the view and index
-- on it) alone.
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE EXTENSION citext SCHEMA a;
CREATE TABLE public.account (
    id int PRIMARY KEY,
    email a.citext NOT NULL DEFAULT ''::a.citext,
    aliases a.citext[]
);
CREATE INDEX account_email ON public.account (email);
CREATE VIEW public.account_emails AS SELECT id, email FROM public.account;
