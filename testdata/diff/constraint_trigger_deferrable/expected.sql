SET check_function_bodies = off;

DROP TRIGGER member_check ON app.member;

CREATE CONSTRAINT TRIGGER member_check AFTER INSERT OR UPDATE ON app.member
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW
    EXECUTE FUNCTION app.check_member();

CREATE CONSTRAINT TRIGGER team_has_lead AFTER INSERT OR UPDATE ON app.team
    FROM app.member
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE FUNCTION app.check_team_has_lead();

COMMENT ON TRIGGER team_has_lead ON app.team IS 'Every team needs a lead by commit time.';
