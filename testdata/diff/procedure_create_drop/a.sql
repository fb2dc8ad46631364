CREATE SCHEMA app;
CREATE TABLE app.job (id int PRIMARY KEY, done boolean NOT NULL DEFAULT false);
