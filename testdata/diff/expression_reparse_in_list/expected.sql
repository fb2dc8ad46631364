SET check_function_bodies = off;

ALTER DOMAIN app.grade ADD CONSTRAINT grade_check CHECK (((VALUE)::text = ANY (ARRAY[('A'::character varying)::text, ('B'::character varying)::text, ('C'::character varying)::text])));

ALTER TABLE app.ticket ENABLE ROW LEVEL SECURITY;

ALTER TABLE app.ticket ADD CONSTRAINT ticket_kind_check CHECK (((kind)::text <> ALL (ARRAY[('spam'::character varying)::text, ('junk'::character varying)::text])));

ALTER TABLE app.ticket ADD CONSTRAINT ticket_status_check CHECK (((status)::text = ANY (ARRAY[('open'::character varying)::text, ('closed'::character varying)::text, ('waiting'::character varying)::text])));

CREATE INDEX ticket_kind_expr_idx ON app.ticket USING btree ((((kind)::text = ANY (ARRAY[('bug'::character varying)::text, ('task'::character varying)::text]))));

CREATE INDEX ticket_open_idx ON app.ticket USING btree (id) WHERE ((status)::text = ANY (ARRAY[('open'::character varying)::text, ('waiting'::character varying)::text]));

CREATE VIEW app.open_tickets AS
 SELECT ticket.id,
    ticket.status
   FROM app.ticket
  WHERE ((ticket.status)::text = ANY (ARRAY[('open'::character varying)::text, ('waiting'::character varying)::text]));

ALTER VIEW app.open_tickets OWNER TO postgres;

CREATE POLICY ticket_visible ON app.ticket
    FOR ALL
    USING ((owner_role)::text = ANY (ARRAY[('dev'::character varying)::text, ('ops'::character varying)::text]))
    WITH CHECK ((status)::text = 'open'::text);
