SET check_function_bodies = off;

ALTER TABLE app.child DROP CONSTRAINT child_parent_fk;

ALTER TABLE app.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES app.parent(id) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE app.child VALIDATE CONSTRAINT qty_positive;
