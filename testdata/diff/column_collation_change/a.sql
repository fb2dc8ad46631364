CREATE SCHEMA app;
CREATE TABLE app.word (id int PRIMARY KEY, w text, code varchar(10) COLLATE "C");
CREATE INDEX word_w ON app.word (w);
