SET check_function_bodies = off;

CREATE OR REPLACE VIEW app.public_docs WITH (security_barrier='true', check_option='cascaded') AS
 SELECT doc.id,
    doc.owner
   FROM app.doc
  WHERE doc.public;

ALTER VIEW app.public_docs ALTER COLUMN owner SET DEFAULT 'nobody'::text;
