SET check_function_bodies = off;

ALTER SEQUENCE app.shared_seq OWNED BY app.a.id;

ALTER TABLE app.b ALTER COLUMN id DROP DEFAULT;
