SET check_function_bodies = off;

DROP TABLE app.cat;

ALTER TABLE app.dog NO INHERIT app.tagged;
