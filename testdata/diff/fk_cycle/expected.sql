SET check_function_bodies = off;

CREATE TABLE hr.department (
    id integer NOT NULL,
    name text NOT NULL,
    manager_id integer
);

ALTER TABLE hr.department OWNER TO postgres;

CREATE TABLE hr.employee (
    id integer NOT NULL,
    name text NOT NULL,
    department_id integer,
    mentor_id integer
);

ALTER TABLE hr.employee OWNER TO postgres;

ALTER TABLE hr.department ADD CONSTRAINT department_pkey PRIMARY KEY (id);

ALTER TABLE hr.employee ADD CONSTRAINT employee_department_id_fkey FOREIGN KEY (department_id) REFERENCES hr.department(id);

ALTER TABLE hr.employee ADD CONSTRAINT employee_pkey PRIMARY KEY (id);

ALTER TABLE hr.department ADD CONSTRAINT department_manager_fk FOREIGN KEY (manager_id) REFERENCES hr.employee(id);

ALTER TABLE hr.employee ADD CONSTRAINT employee_mentor_id_fkey FOREIGN KEY (mentor_id) REFERENCES hr.employee(id);
