-- One schema (with its contents) goes, another arrives with its own
-- table; an untouched schema stays.
CREATE SCHEMA shared;

CREATE SCHEMA reporting;

CREATE TABLE reporting.daily_total (
    day date PRIMARY KEY,
    total numeric NOT NULL
);
