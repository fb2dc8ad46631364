DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_pol_reader') THEN
        CREATE ROLE rt_pol_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_pol_writer') THEN
        CREATE ROLE rt_pol_writer NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;

CREATE TABLE app.doc (
    id integer PRIMARY KEY,
    tenant text NOT NULL,
    owner name NOT NULL,
    public boolean NOT NULL DEFAULT false
);
ALTER TABLE app.doc ENABLE ROW LEVEL SECURITY;

CREATE POLICY doc_read ON app.doc FOR SELECT TO rt_pol_reader
    USING (tenant = current_setting('app.tenant'));

CREATE POLICY doc_write ON app.doc TO rt_pol_writer
    USING (owner = current_user)
    WITH CHECK (owner = current_user);

CREATE POLICY doc_public ON app.doc FOR SELECT TO rt_pol_reader
    USING (public);
