SET check_function_bodies = off;

ALTER TABLE app.post DROP CONSTRAINT post_author_fk;

ALTER TABLE app.post DROP CONSTRAINT post_author_handle_fk;

ALTER TABLE app.author DROP CONSTRAINT author_handle_key;

ALTER TABLE app.post DROP CONSTRAINT post_parent_fk;
