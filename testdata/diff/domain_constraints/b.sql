-- Constraints of a domain in use: one kept, one whose check changes (drop
-- and add), one dropped, one added NOT VALID, a NOT VALID one validated
-- (the reverse must drop it and add it back NOT VALID), one that becomes
-- NOT VALID, and a comment on a constraint.
CREATE SCHEMA app;

CREATE DOMAIN app.score AS integer
    CONSTRAINT score_nonneg CHECK (VALUE >= 0)
    CONSTRAINT score_max CHECK (VALUE <= 1000)
    CONSTRAINT score_even CHECK (VALUE % 2 = 0);

ALTER DOMAIN app.score ADD CONSTRAINT score_not_13 CHECK (VALUE <> 13) NOT VALID;
ALTER DOMAIN app.score ADD CONSTRAINT score_small CHECK (VALUE < 1000) NOT VALID;

COMMENT ON CONSTRAINT score_nonneg ON DOMAIN app.score IS 'No negative scores';

CREATE TABLE app.result (
    id integer PRIMARY KEY,
    score app.score
);

INSERT INTO app.result VALUES (1, 10), (2, 20);
