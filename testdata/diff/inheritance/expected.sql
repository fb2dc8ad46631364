SET check_function_bodies = off;

CREATE TABLE app.cat (
    indoor boolean
) INHERITS (app.animal);

ALTER TABLE app.cat OWNER TO postgres;

ALTER TABLE app.dog INHERIT app.tagged;
