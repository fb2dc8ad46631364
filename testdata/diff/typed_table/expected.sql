SET check_function_bodies = off;

CREATE TABLE app.points OF app.point3;

ALTER TABLE app.points ALTER COLUMN x SET NOT NULL;

ALTER TABLE app.points ALTER COLUMN y SET NOT NULL;

ALTER TABLE app.points OWNER TO postgres;

ALTER TABLE app.points ADD CONSTRAINT points_pkey PRIMARY KEY (x, y);
