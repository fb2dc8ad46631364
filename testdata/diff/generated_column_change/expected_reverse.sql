SET check_function_bodies = off;

ALTER TABLE app.rect DROP COLUMN area;

ALTER TABLE app.rect DROP COLUMN label;

ALTER TABLE app.rect ADD COLUMN area integer GENERATED ALWAYS AS ((w * h)) STORED;

ALTER TABLE app.rect ADD COLUMN label text;
