SET check_function_bodies = off;

ALTER TABLE app.person ADD COLUMN legacy_code character varying(10);

ALTER TABLE app.person ADD COLUMN nickname text;

ALTER TABLE app.person ADD COLUMN age integer;

ALTER TABLE app.person ADD CONSTRAINT person_age_check CHECK ((age > 0));

ALTER TABLE app.person ADD CONSTRAINT person_legacy_code_key UNIQUE (legacy_code);

CREATE INDEX person_nickname_idx ON app.person USING btree (nickname);
