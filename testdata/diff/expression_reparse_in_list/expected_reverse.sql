SET check_function_bodies = off;

DROP POLICY ticket_visible ON app.ticket;

DROP VIEW app.open_tickets;

DROP INDEX app.ticket_kind_expr_idx;

DROP INDEX app.ticket_open_idx;

ALTER TABLE app.ticket DROP CONSTRAINT ticket_kind_check;

ALTER TABLE app.ticket DROP CONSTRAINT ticket_status_check;

ALTER DOMAIN app.grade DROP CONSTRAINT grade_check;

ALTER TABLE app.ticket DISABLE ROW LEVEL SECURITY;
