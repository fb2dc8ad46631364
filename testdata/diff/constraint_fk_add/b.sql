-- Foreign keys added: a plain one with ON DELETE CASCADE, a deferrable
-- one that references a unique constraint added in the same migration
-- (which must come first), and a self-reference added NOT VALID.
CREATE SCHEMA app;

CREATE TABLE app.author (
    id integer PRIMARY KEY,
    handle text NOT NULL,
    CONSTRAINT author_handle_key UNIQUE (handle)
);

CREATE TABLE app.post (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    author_handle text,
    parent_id integer,
    CONSTRAINT post_author_fk FOREIGN KEY (author_id) REFERENCES app.author (id) ON DELETE CASCADE,
    CONSTRAINT post_author_handle_fk FOREIGN KEY (author_handle) REFERENCES app.author (handle)
        ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED
);

ALTER TABLE app.post
    ADD CONSTRAINT post_parent_fk FOREIGN KEY (parent_id) REFERENCES app.post (id) NOT VALID;
