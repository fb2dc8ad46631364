CREATE SCHEMA app;

CREATE TABLE app.invoice (
    id integer PRIMARY KEY,
    region text NOT NULL,
    locked boolean NOT NULL DEFAULT false
);
ALTER TABLE app.invoice ENABLE ROW LEVEL SECURITY;

CREATE POLICY invoice_region ON app.invoice AS PERMISSIVE
    USING (region = current_setting('app.region', true));

CREATE POLICY invoice_unlocked ON app.invoice FOR UPDATE
    USING (NOT locked);
COMMENT ON POLICY invoice_unlocked ON app.invoice IS 'Locked invoices are final.';
