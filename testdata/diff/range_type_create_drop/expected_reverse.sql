SET check_function_bodies = off;

DROP TABLE app.roster;

DROP TYPE app.floatrange;

DROP TYPE app.price_band;

DROP TYPE app.shift;
