-- Two tables that reference each other: neither can be created with its
-- foreign key first, so the keys must be added after both tables (and
-- dropped before either table in the reverse direction).
CREATE SCHEMA hr;

CREATE TABLE hr.department (
    id integer PRIMARY KEY,
    name text NOT NULL,
    manager_id integer
);

CREATE TABLE hr.employee (
    id integer PRIMARY KEY,
    name text NOT NULL,
    department_id integer REFERENCES hr.department (id),
    mentor_id integer REFERENCES hr.employee (id)
);

ALTER TABLE hr.department
    ADD CONSTRAINT department_manager_fk FOREIGN KEY (manager_id) REFERENCES hr.employee (id);
