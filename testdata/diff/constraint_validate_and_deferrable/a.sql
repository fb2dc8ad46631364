-- NOT VALID constraints get validated, a FK becomes deferrable, a check is
-- loosened.
CREATE SCHEMA app;
CREATE TABLE app.parent (id int PRIMARY KEY);
CREATE TABLE app.child (id int PRIMARY KEY, parent_id int, qty int);
ALTER TABLE app.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES app.parent (id) NOT VALID;
ALTER TABLE app.child ADD CONSTRAINT qty_positive CHECK (qty > 0) NOT VALID;
