SET check_function_bodies = off;

ALTER TEXT SEARCH CONFIGURATION app.cfg DROP MAPPING FOR url, uint;

ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR numword, asciihword, hword WITH app.stem;

ALTER TEXT SEARCH CONFIGURATION app.cfg ALTER MAPPING FOR asciiword WITH app.stem, pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.cfg ALTER MAPPING FOR email WITH app.stem;

REINDEX INDEX app.doc_fts;
