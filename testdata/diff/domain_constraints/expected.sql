SET check_function_bodies = off;

ALTER DOMAIN app.score DROP CONSTRAINT score_gone;

ALTER DOMAIN app.score DROP CONSTRAINT score_max;

ALTER DOMAIN app.score DROP CONSTRAINT score_small;

ALTER DOMAIN app.score ADD CONSTRAINT score_max CHECK ((VALUE <= 1000));

ALTER DOMAIN app.score ADD CONSTRAINT score_not_13 CHECK ((VALUE <> 13)) NOT VALID;

ALTER DOMAIN app.score ADD CONSTRAINT score_small CHECK ((VALUE < 1000)) NOT VALID;

ALTER DOMAIN app.score VALIDATE CONSTRAINT score_even;

COMMENT ON CONSTRAINT score_nonneg ON DOMAIN app.score IS 'No negative scores';
