CREATE SCHEMA app;

CREATE TABLE app.session (
    id uuid PRIMARY KEY,
    user_id integer NOT NULL,
    token text NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked boolean NOT NULL DEFAULT false
);

CREATE INDEX session_user_idx ON app.session (user_id);
CREATE INDEX session_token_idx ON app.session (token);
CREATE INDEX session_expires_idx ON app.session (expires_at) WHERE NOT revoked;
CREATE INDEX session_obsolete_idx ON app.session (revoked);
