SET check_function_bodies = off;

ALTER POLICY doc_public ON app.doc TO rt_pol_reader;

ALTER POLICY doc_read ON app.doc
    TO rt_pol_reader
    USING (tenant = current_setting('app.tenant'::text));

ALTER POLICY doc_write ON app.doc
    USING (owner = CURRENT_USER)
    WITH CHECK (owner = CURRENT_USER);
