SET check_function_bodies = off;

ALTER TABLE app.author ADD CONSTRAINT author_handle_key UNIQUE (handle);

ALTER TABLE app.post ADD CONSTRAINT post_author_fk FOREIGN KEY (author_id) REFERENCES app.author(id) ON DELETE CASCADE;

ALTER TABLE app.post ADD CONSTRAINT post_author_handle_fk FOREIGN KEY (author_handle) REFERENCES app.author(handle) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE app.post ADD CONSTRAINT post_parent_fk FOREIGN KEY (parent_id) REFERENCES app.post(id) NOT VALID;
