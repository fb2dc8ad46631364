DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_pol_app') THEN
        CREATE ROLE rt_pol_app NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;

CREATE TABLE app.note (
    id integer PRIMARY KEY,
    owner name NOT NULL DEFAULT current_user,
    body text,
    hidden boolean NOT NULL DEFAULT false
);

CREATE TABLE app.draft (
    id integer PRIMARY KEY,
    owner name NOT NULL
);
ALTER TABLE app.draft ENABLE ROW LEVEL SECURITY;
CREATE POLICY draft_owner ON app.draft USING (owner = current_user);
