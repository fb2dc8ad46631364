SET check_function_bodies = off;

CREATE SEQUENCE app.note_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;

ALTER SEQUENCE app.note_id_seq OWNER TO postgres;

ALTER TABLE app.note ADD COLUMN id bigint DEFAULT nextval('app.note_id_seq'::regclass) NOT NULL;

ALTER SEQUENCE app.note_id_seq OWNED BY app.note.id;

ALTER TABLE app.note ADD CONSTRAINT note_pkey PRIMARY KEY (id);
