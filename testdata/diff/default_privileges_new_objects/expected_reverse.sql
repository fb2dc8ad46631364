SET check_function_bodies = off;

DROP VIEW app.open_ids;

DROP TABLE app.open;

DROP TABLE app.secret;

DROP SEQUENCE app.ticket;

DROP FUNCTION app.f();

DROP FUNCTION app.g();

DROP DOMAIN app.pos;

DROP TYPE app.mood;
