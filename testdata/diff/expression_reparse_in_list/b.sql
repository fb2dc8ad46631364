CREATE SCHEMA app;
CREATE TABLE app.ticket (
    id integer PRIMARY KEY,
    status varchar(20) NOT NULL CONSTRAINT ticket_status_check CHECK (status IN ('open', 'closed', 'waiting')),
    kind character varying NOT NULL CONSTRAINT ticket_kind_check CHECK (kind NOT IN ('spam', 'junk')),
    owner_role varchar(30)
);
CREATE DOMAIN app.grade AS varchar(2) CONSTRAINT grade_check CHECK (VALUE IN ('A', 'B', 'C'));
CREATE INDEX ticket_open_idx ON app.ticket (id) WHERE status IN ('open', 'waiting');
CREATE INDEX ticket_kind_expr_idx ON app.ticket ((kind IN ('bug', 'task')));
ALTER TABLE app.ticket ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_visible ON app.ticket USING (owner_role IN ('dev', 'ops')) WITH CHECK (status IN ('open'));
CREATE VIEW app.open_tickets AS SELECT id, status FROM app.ticket WHERE status IN ('open', 'waiting');
INSERT INTO app.ticket VALUES (1, 'open', 'bug', 'dev'), (2, 'closed', 'task', NULL);
