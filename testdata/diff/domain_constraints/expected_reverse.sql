SET check_function_bodies = off;

ALTER DOMAIN app.score DROP CONSTRAINT score_even;

ALTER DOMAIN app.score DROP CONSTRAINT score_max;

ALTER DOMAIN app.score DROP CONSTRAINT score_not_13;

ALTER DOMAIN app.score ADD CONSTRAINT score_even CHECK (((VALUE % 2) = 0)) NOT VALID;

ALTER DOMAIN app.score ADD CONSTRAINT score_gone CHECK ((VALUE <> 42));

ALTER DOMAIN app.score ADD CONSTRAINT score_max CHECK ((VALUE <= 100));

ALTER DOMAIN app.score VALIDATE CONSTRAINT score_small;

COMMENT ON CONSTRAINT score_nonneg ON DOMAIN app.score IS NULL;
