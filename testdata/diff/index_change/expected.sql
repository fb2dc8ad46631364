SET check_function_bodies = off;

DROP INDEX app.session_expires_idx;

DROP INDEX app.session_obsolete_idx;

DROP INDEX app.session_token_idx;

DROP INDEX app.session_user_idx;

CREATE INDEX session_expires_idx ON app.session USING btree (expires_at) WHERE ((NOT revoked) AND (user_id > 0));

CREATE UNIQUE INDEX session_token_idx ON app.session USING btree (token);

CREATE INDEX session_user_idx ON app.session USING btree (user_id, expires_at DESC);

CREATE INDEX session_user_token_idx ON app.session USING hash (token);
