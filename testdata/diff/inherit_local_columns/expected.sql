SET check_function_bodies = off;

ALTER TABLE app.person NO INHERIT app.named;

ALTER TABLE app.visit INHERIT app.dated;
