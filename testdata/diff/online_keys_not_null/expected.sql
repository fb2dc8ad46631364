SET check_function_bodies = off;

CREATE TABLE app.badge (
    id integer NOT NULL,
    member_id integer NOT NULL,
    label text NOT NULL
);

ALTER TABLE app.badge OWNER TO postgres;

ALTER TABLE app.member ALTER COLUMN "Nick (name)" SET NOT NULL;

ALTER TABLE app.member ALTER COLUMN code TYPE integer USING code::integer;

ALTER TABLE app.member ALTER COLUMN code SET NOT NULL;

ALTER TABLE app.member ALTER COLUMN email SET NOT NULL;

ALTER TABLE app.member ALTER COLUMN id SET NOT NULL;

ALTER TABLE app.badge ADD CONSTRAINT badge_label_key UNIQUE (label);

ALTER TABLE app.badge ADD CONSTRAINT badge_pkey PRIMARY KEY (id);

ALTER TABLE app.member ADD CONSTRAINT member_email_key UNIQUE (email) INCLUDE (team);

ALTER TABLE app.member ADD CONSTRAINT "member_nick (name)_key" UNIQUE ("Nick (name)", team) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE app.member ADD CONSTRAINT member_pkey PRIMARY KEY (id) WITH (fillfactor='80');

ALTER TABLE app.badge ADD CONSTRAINT badge_member_id_fkey FOREIGN KEY (member_id) REFERENCES app.member(id);
