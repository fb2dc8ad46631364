SET check_function_bodies = off;

DROP TABLE app.points;
