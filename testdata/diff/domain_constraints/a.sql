CREATE SCHEMA app;

CREATE DOMAIN app.score AS integer
    CONSTRAINT score_nonneg CHECK (VALUE >= 0)
    CONSTRAINT score_max CHECK (VALUE <= 100)
    CONSTRAINT score_gone CHECK (VALUE <> 42);

ALTER DOMAIN app.score ADD CONSTRAINT score_even CHECK (VALUE % 2 = 0) NOT VALID;
ALTER DOMAIN app.score ADD CONSTRAINT score_small CHECK (VALUE < 1000);

CREATE TABLE app.result (
    id integer PRIMARY KEY,
    score app.score
);

INSERT INTO app.result VALUES (1, 10), (2, 20);
