SET check_function_bodies = off;

ALTER TABLE hr.department DROP CONSTRAINT department_manager_fk;

ALTER TABLE hr.employee DROP CONSTRAINT employee_department_id_fkey;

DROP TABLE hr.department;

DROP TABLE hr.employee;
