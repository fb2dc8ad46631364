SET check_function_bodies = off;

DROP POLICY invoice_region ON app.invoice;

DROP POLICY invoice_unlocked ON app.invoice;

CREATE POLICY invoice_region ON app.invoice
    AS RESTRICTIVE
    FOR ALL
    USING (region = current_setting('app.region'::text, true));

CREATE POLICY invoice_unlocked ON app.invoice
    FOR DELETE
    USING (NOT locked);

COMMENT ON POLICY invoice_unlocked ON app.invoice IS 'Locked invoices are final.';
