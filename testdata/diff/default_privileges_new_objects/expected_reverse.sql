SET check_function_bodies = off;

DROP VIEW app.open_ids;

DROP TABLE app.open;

DROP TABLE app.secret;

DROP SEQUENCE app.ticket;

DROP AGGREGATE app.total(integer);

DROP FUNCTION app.f();

DROP FUNCTION app.g();

DROP TYPE app.floatrange;

DROP DOMAIN app.pos;

DROP TYPE app.mood;
