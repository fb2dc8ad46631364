SET check_function_bodies = off;

DROP TRIGGER member_check ON app.member;

DROP TRIGGER team_has_lead ON app.team;

CREATE CONSTRAINT TRIGGER member_check AFTER INSERT OR UPDATE ON app.member
    NOT DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW
    EXECUTE FUNCTION app.check_member();
