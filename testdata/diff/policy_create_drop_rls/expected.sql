SET check_function_bodies = off;

DROP TABLE app.draft;

ALTER TABLE app.note ENABLE ROW LEVEL SECURITY;

ALTER TABLE app.note FORCE ROW LEVEL SECURITY;

CREATE POLICY note_all ON app.note
    FOR ALL
    USING (true)
    WITH CHECK (length(body) < 10000);

CREATE POLICY note_insert ON app.note
    FOR INSERT
    TO rt_pol_app
    WITH CHECK ((owner = CURRENT_USER) AND (body <> ''::text));

CREATE POLICY note_not_hidden ON app.note
    AS RESTRICTIVE
    FOR ALL
    USING (NOT hidden);

CREATE POLICY note_read ON app.note
    FOR SELECT
    USING (owner = CURRENT_USER);

COMMENT ON POLICY note_read ON app.note IS 'Everyone sees their own notes.';
