-- A domain over a domain, and an array of a domain as a column type: the
-- domains come before the columns, the inner domain before the outer one,
-- and the reverse drops them the other way round.
CREATE SCHEMA app;

CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);

CREATE DOMAIN app.small_positive AS app.positive CHECK (VALUE < 100);

CREATE DOMAIN app.tag AS text CHECK (VALUE ~ '^[a-z]+$');

CREATE TABLE app.item (
    id integer PRIMARY KEY,
    size app.small_positive,
    tags app.tag[]
);
