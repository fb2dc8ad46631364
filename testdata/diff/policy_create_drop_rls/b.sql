-- Row-level security turned on with policies of every shape (TO PUBLIC by
-- default, a role, a command, WITH CHECK only, a restrictive one, a
-- comment), and a table dropped with its policy.
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
ALTER TABLE app.note ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.note FORCE ROW LEVEL SECURITY;

CREATE POLICY note_read ON app.note FOR SELECT USING (owner = current_user);
CREATE POLICY note_insert ON app.note FOR INSERT TO rt_pol_app WITH CHECK (owner = current_user AND body <> '');
CREATE POLICY note_not_hidden ON app.note AS RESTRICTIVE USING (NOT hidden);
CREATE POLICY note_all ON app.note TO rt_pol_app, PUBLIC USING (true) WITH CHECK (length(body) < 10000);
COMMENT ON POLICY note_read ON app.note IS 'Everyone sees their own notes.';
