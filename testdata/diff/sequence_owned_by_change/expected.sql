SET check_function_bodies = off;

ALTER TABLE app.b ALTER COLUMN id SET DEFAULT nextval('app.shared_seq'::regclass);

ALTER SEQUENCE app.shared_seq OWNED BY app.b.id;
