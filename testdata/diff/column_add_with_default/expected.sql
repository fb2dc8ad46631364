SET check_function_bodies = off;

ALTER TABLE app.item ADD COLUMN quantity integer DEFAULT 0 NOT NULL;

ALTER TABLE app.item ADD COLUMN created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL;

ALTER TABLE app.item ADD COLUMN status text DEFAULT 'new'::text;

ALTER TABLE app.item ADD COLUMN name_length integer GENERATED ALWAYS AS (length(name)) STORED;
