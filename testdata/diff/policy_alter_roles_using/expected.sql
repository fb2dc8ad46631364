SET check_function_bodies = off;

DROP POLICY doc_write ON app.doc;

ALTER POLICY doc_public ON app.doc TO PUBLIC;

ALTER POLICY doc_read ON app.doc
    TO rt_pol_reader, rt_pol_writer
    USING (tenant = current_setting('app.tenant'::text, true));

CREATE POLICY doc_write ON app.doc
    FOR ALL
    TO rt_pol_writer
    USING ((owner = CURRENT_USER) OR (tenant = 'shared'::text));
