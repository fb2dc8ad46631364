-- What ALTER POLICY cannot change: permissive to restrictive, and the
-- command (UPDATE to DELETE). Both are dropped and created again, comment
-- included.
CREATE SCHEMA app;

CREATE TABLE app.invoice (
    id integer PRIMARY KEY,
    region text NOT NULL,
    locked boolean NOT NULL DEFAULT false
);
ALTER TABLE app.invoice ENABLE ROW LEVEL SECURITY;

CREATE POLICY invoice_region ON app.invoice AS RESTRICTIVE
    USING (region = current_setting('app.region', true));

CREATE POLICY invoice_unlocked ON app.invoice FOR DELETE
    USING (NOT locked);
COMMENT ON POLICY invoice_unlocked ON app.invoice IS 'Locked invoices are final.';
