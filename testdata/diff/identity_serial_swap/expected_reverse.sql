SET check_function_bodies = off;

ALTER SEQUENCE app.batch_id_seq RENAME TO batch_id_seq__pgstrata_old;

ALTER SEQUENCE app.ticket_id_seq RENAME TO ticket_id_seq__pgstrata_old;

CREATE SEQUENCE app.batch_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;

ALTER SEQUENCE app.batch_id_seq OWNER TO postgres;

CREATE SEQUENCE app.ticket_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1;

ALTER SEQUENCE app.ticket_id_seq OWNER TO postgres;

ALTER SEQUENCE app.audit_ids RENAME TO audit_old_seq;

SELECT pg_catalog.setval('app.batch_id_seq', last_value, is_called) FROM app.batch_id_seq__pgstrata_old;

ALTER TABLE app.batch ALTER COLUMN id DROP IDENTITY;

ALTER TABLE app.batch ALTER COLUMN id SET DEFAULT nextval('app.batch_id_seq'::regclass);

ALTER SEQUENCE app.batch_id_seq OWNED BY app.batch.id;

ALTER TABLE app.bounded ALTER COLUMN id SET MINVALUE 1 SET START WITH 1;

ALTER TABLE app.legacy ALTER COLUMN id SET NOT NULL;

ALTER TABLE app.legacy ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.legacy_id_seq);

SELECT pg_catalog.setval('app.legacy_id_seq', max(id)) FROM app.legacy HAVING max(id) >= 1;

ALTER TABLE app.line ALTER COLUMN no DROP IDENTITY;

ALTER TABLE app.line ALTER COLUMN no DROP NOT NULL;

SELECT pg_catalog.setval('app.ticket_id_seq', last_value, is_called) FROM app.ticket_id_seq__pgstrata_old;

ALTER TABLE app.ticket ALTER COLUMN id DROP IDENTITY;

ALTER TABLE app.ticket ALTER COLUMN id SET DEFAULT nextval('app.ticket_id_seq'::regclass);

ALTER SEQUENCE app.ticket_id_seq OWNED BY app.ticket.id;

ALTER TABLE app.wide ALTER COLUMN id TYPE integer USING id::integer;
