-- Range types rebuilt under the columns that use them: one whose subtype
-- changes (with a domain over it, an array column and a view), and one
-- over an enum that loses a label (the
-- range type is rebuilt along with the enum). The old types, their
-- multirange types and constructors are renamed aside, and dropped once
-- the columns have moved to the new ones through text.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'meh');
CREATE TYPE app.moodrange AS RANGE (subtype = app.mood);
CREATE TYPE app.span AS RANGE (subtype = numeric);
CREATE DOMAIN app.nonempty_span AS app.span CHECK (NOT isempty(VALUE));
CREATE TABLE app.booking (
    id int PRIMARY KEY,
    during app.span,
    slots app.span[],
    checked app.nonempty_span,
    moods app.moodrange
);
INSERT INTO app.booking VALUES (1, '[1,5)', '{"[1,2)","[3,4)"}', '[2,3]', '[ok,meh]'), (2, NULL, NULL, NULL, '(ok,meh)');
CREATE VIEW app.long_bookings AS SELECT id, during FROM app.booking WHERE upper(during) - lower(during) > 2;
