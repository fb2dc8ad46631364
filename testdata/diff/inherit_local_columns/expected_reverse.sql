SET check_function_bodies = off;

ALTER TABLE app.person INHERIT app.named;

ALTER TABLE app.visit NO INHERIT app.dated;
