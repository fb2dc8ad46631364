CREATE SCHEMA app;

CREATE TABLE app.team (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE app.member (
    id integer PRIMARY KEY,
    team_id integer NOT NULL,
    role text NOT NULL
);

CREATE FUNCTION app.check_team_has_lead() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM app.member WHERE team_id = NEW.id AND role = 'lead') THEN
        RAISE EXCEPTION 'team % has no lead', NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION app.check_member() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER member_check AFTER INSERT OR UPDATE ON app.member
    NOT DEFERRABLE
    FOR EACH ROW EXECUTE FUNCTION app.check_member();
