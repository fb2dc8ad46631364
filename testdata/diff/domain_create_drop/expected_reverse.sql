SET check_function_bodies = off;

DROP TABLE app.product;

DROP DOMAIN app.code;

DROP DOMAIN app.positive_int;
