-- Same index names, new definitions: more columns, now unique, a changed
-- predicate; one index dropped and one added.
CREATE SCHEMA app;

CREATE TABLE app.session (
    id uuid PRIMARY KEY,
    user_id integer NOT NULL,
    token text NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked boolean NOT NULL DEFAULT false
);

CREATE INDEX session_user_idx ON app.session (user_id, expires_at DESC);
CREATE UNIQUE INDEX session_token_idx ON app.session (token);
CREATE INDEX session_expires_idx ON app.session (expires_at) WHERE NOT revoked AND user_id > 0;
CREATE INDEX session_user_token_idx ON app.session USING hash (token);
