SET check_function_bodies = off;

ALTER TABLE app.member DROP CONSTRAINT member_email_key;

ALTER TABLE app.member DROP CONSTRAINT "member_nick (name)_key";

DROP TABLE app.badge;

ALTER TABLE app.member DROP CONSTRAINT member_pkey;

ALTER TABLE app.member ALTER COLUMN "Nick (name)" DROP NOT NULL;

ALTER TABLE app.member ALTER COLUMN code TYPE smallint USING code::smallint;

ALTER TABLE app.member ALTER COLUMN code DROP NOT NULL;

ALTER TABLE app.member ALTER COLUMN email DROP NOT NULL;

ALTER TABLE app.member ALTER COLUMN id DROP NOT NULL;
