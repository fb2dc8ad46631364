SET check_function_bodies = off;

DROP POLICY note_all ON app.note;

DROP POLICY note_insert ON app.note;

DROP POLICY note_not_hidden ON app.note;

DROP POLICY note_read ON app.note;

CREATE TABLE app.draft (
    id integer NOT NULL,
    owner name NOT NULL
);

ALTER TABLE app.draft ENABLE ROW LEVEL SECURITY;

ALTER TABLE app.draft OWNER TO postgres;

ALTER TABLE app.note DISABLE ROW LEVEL SECURITY;

ALTER TABLE app.note NO FORCE ROW LEVEL SECURITY;

ALTER TABLE app.draft ADD CONSTRAINT draft_pkey PRIMARY KEY (id);

CREATE POLICY draft_owner ON app.draft
    FOR ALL
    USING (owner = CURRENT_USER);
