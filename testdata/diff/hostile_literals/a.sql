-- Both databases read their scripts with standard_conforming_strings off
-- (a legacy setting some databases still carry): a backslash in a deparsed
-- literal then escapes the quote after it, and the default below would end
-- its string early and run the DROP TABLE that follows, unless the script
-- turns the setting on itself. The snapshot reader sets it on for its own
-- session, so the loaded catalogs are the same.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET standard_conforming_strings = off', current_database());
END
$$;

CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA lit;

CREATE TABLE lit.doc (
    id integer PRIMARY KEY,
    title text DEFAULT 'plain',
    body text DEFAULT E'old\\value'
);
COMMENT ON TABLE lit.doc IS 'plain comment';
COMMENT ON COLUMN lit.doc.body IS E'back\\slash';
