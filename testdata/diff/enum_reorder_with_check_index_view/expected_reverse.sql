SET check_function_bodies = off;

DROP POLICY post_not_archived ON app.post;

DROP VIEW app.drafts;

DROP INDEX app.post_is_draft;

DROP INDEX app.post_published;

ALTER TABLE app.post DROP CONSTRAINT post_not_archived_early;

ALTER TYPE app.status RENAME TO status__pgstrata_old;

CREATE TYPE app.status AS ENUM ('draft', 'review', 'published', 'archived');

ALTER TYPE app.status OWNER TO postgres;

ALTER DOMAIN app.not_archived RENAME TO not_archived__pgstrata_old;

CREATE DOMAIN app.not_archived AS app.status
    CONSTRAINT not_archived_check CHECK ((VALUE <> 'archived'::app.status));

ALTER DOMAIN app.not_archived OWNER TO postgres;

ALTER TABLE app.post ALTER COLUMN live DROP DEFAULT;

ALTER TABLE app.post ALTER COLUMN live TYPE app.not_archived USING live::text::app.not_archived;

ALTER TABLE app.post ALTER COLUMN live SET DEFAULT 'published'::app.status;

DROP DOMAIN app.not_archived__pgstrata_old;

ALTER TABLE app.post ALTER COLUMN status DROP DEFAULT;

ALTER TABLE app.post ALTER COLUMN status TYPE app.status USING status::text::app.status;

ALTER TABLE app.post ALTER COLUMN status SET DEFAULT 'draft'::app.status;

DROP TYPE app.status__pgstrata_old;

ALTER TABLE app.post ADD CONSTRAINT post_not_archived_early CHECK (((status < 'archived'::app.status) OR (id > 1)));

CREATE INDEX post_is_draft ON app.post USING btree (((status = 'draft'::app.status)));

CREATE INDEX post_published ON app.post USING btree (id) WHERE (status = 'published'::app.status);

CREATE VIEW app.drafts AS
 SELECT post.id
   FROM app.post
  WHERE (post.status = 'draft'::app.status);

ALTER VIEW app.drafts OWNER TO postgres;

CREATE POLICY post_not_archived ON app.post
    FOR ALL
    USING (status <> 'archived'::app.status);
