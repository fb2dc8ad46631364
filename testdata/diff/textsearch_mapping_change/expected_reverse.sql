SET check_function_bodies = off;

ALTER TEXT SEARCH CONFIGURATION app.cfg DROP MAPPING FOR numword, asciihword, hword;

ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR url, uint WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.cfg ALTER MAPPING FOR asciiword WITH pg_catalog.simple, app.stem;

ALTER TEXT SEARCH CONFIGURATION app.cfg ALTER MAPPING FOR email WITH pg_catalog.simple;

REINDEX INDEX app.doc_fts;
