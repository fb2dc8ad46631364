SET check_function_bodies = off;

CREATE OR REPLACE VIEW app.public_docs AS
 SELECT doc.id,
    doc.owner
   FROM app.doc
  WHERE doc.public;

ALTER VIEW app.public_docs ALTER COLUMN owner DROP DEFAULT;
