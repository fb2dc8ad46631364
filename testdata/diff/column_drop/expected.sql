SET check_function_bodies = off;

DROP INDEX app.person_nickname_idx;

ALTER TABLE app.person DROP CONSTRAINT person_age_check;

ALTER TABLE app.person DROP CONSTRAINT person_legacy_code_key;

ALTER TABLE app.person DROP COLUMN age;

ALTER TABLE app.person DROP COLUMN legacy_code;

ALTER TABLE app.person DROP COLUMN nickname;
