SET check_function_bodies = off;

DROP TABLE app.customer;

DROP TYPE app.contact;

DROP TYPE app.address;

DROP TYPE app.nothing;

DROP DOMAIN app.zip;
