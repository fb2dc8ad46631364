CREATE SCHEMA app;
CREATE TABLE app.parent (id int PRIMARY KEY);
CREATE TABLE app.child (id int PRIMARY KEY, parent_id int, qty int);
ALTER TABLE app.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES app.parent (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE app.child ADD CONSTRAINT qty_positive CHECK (qty > 0);
