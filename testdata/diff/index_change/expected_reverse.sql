SET check_function_bodies = off;

DROP INDEX app.session_expires_idx;

DROP INDEX app.session_token_idx;

DROP INDEX app.session_user_idx;

DROP INDEX app.session_user_token_idx;

CREATE INDEX session_expires_idx ON app.session USING btree (expires_at) WHERE (NOT revoked);

CREATE INDEX session_obsolete_idx ON app.session USING btree (revoked);

CREATE INDEX session_token_idx ON app.session USING btree (token);

CREATE INDEX session_user_idx ON app.session USING btree (user_id);
