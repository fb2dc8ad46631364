CREATE SCHEMA app;
CREATE TABLE app.word (id int PRIMARY KEY, w text COLLATE "C", code varchar(10));
CREATE INDEX word_w ON app.word (w);
