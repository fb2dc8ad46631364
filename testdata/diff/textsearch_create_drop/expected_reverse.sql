SET check_function_bodies = off;

DROP VIEW app.doc_words;

DROP INDEX app.doc_fts;

DROP TEXT SEARCH CONFIGURATION app.docs;

DROP TEXT SEARCH DICTIONARY app.english_stem;

DROP TEXT SEARCH DICTIONARY app.plain;
