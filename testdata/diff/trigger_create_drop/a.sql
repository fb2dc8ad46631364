CREATE SCHEMA app;

CREATE TABLE app.account (
    id integer PRIMARY KEY,
    balance numeric NOT NULL DEFAULT 0,
    updated_at timestamptz
);

CREATE TABLE app.scratch (
    id integer PRIMARY KEY,
    note text
);

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION app.forbid() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'not allowed on %', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER account_touch BEFORE UPDATE ON app.account
    FOR EACH ROW EXECUTE FUNCTION app.touch();

CREATE TRIGGER account_no_truncate BEFORE TRUNCATE ON app.account
    FOR EACH STATEMENT EXECUTE FUNCTION app.forbid();

CREATE TRIGGER scratch_no_delete BEFORE DELETE ON app.scratch
    FOR EACH ROW EXECUTE FUNCTION app.forbid();
