SET check_function_bodies = off;

DROP TABLE app.booking;

DROP TYPE app.dayrange CASCADE;
