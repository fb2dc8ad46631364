SET check_function_bodies = off;

ALTER TABLE app.child DROP CONSTRAINT child_parent_fk;

ALTER TABLE app.child DROP CONSTRAINT qty_positive;

ALTER TABLE app.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES app.parent(id) NOT VALID;

ALTER TABLE app.child ADD CONSTRAINT qty_positive CHECK ((qty > 0)) NOT VALID;
