-- Fixture for the snapshot readers of routines and the objects around them:
-- languages, functions, procedures, aggregates, operators, casts, triggers,
-- event triggers, policies, rules, extended statistics, publications,
-- foreign-data wrappers and servers, default privileges. It runs on every
-- supported major (12+) as a superuser; what needs a newer server is in
-- routines_pg13.sql, routines_pg14.sql and routines_pg15.sql. Roles are
-- cluster-wide, so they are created only when missing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'routines_reader') THEN CREATE ROLE routines_reader; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'routines_owner') THEN CREATE ROLE routines_owner; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'Routines Auditor') THEN CREATE ROLE "Routines Auditor"; END IF;
END
$$;

-- Extension members must not be captured: pgcrypto brings functions,
-- citext operators, casts and aggregates (min/max).
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS citext;

CREATE SCHEMA logic;
CREATE SCHEMA ops;
GRANT USAGE ON SCHEMA logic TO routines_reader;

-- Language --------------------------------------------------------------

-- A language of our own (not an extension member), reusing PL/pgSQL's handlers.
CREATE TRUSTED LANGUAGE plrt
  HANDLER pg_catalog.plpgsql_call_handler
  INLINE pg_catalog.plpgsql_inline_handler
  VALIDATOR pg_catalog.plpgsql_validator;
COMMENT ON LANGUAGE plrt IS 'PL/pgSQL under another name';
GRANT USAGE ON LANGUAGE plrt TO routines_reader;

-- Types used by operators and casts ------------------------------------

CREATE DOMAIN logic.posint AS integer CHECK (VALUE > 0);
CREATE TYPE logic.pair AS (a integer, b integer);
CREATE TYPE logic.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE logic.mood_label AS ENUM ('sad', 'ok', 'happy');

-- Functions -------------------------------------------------------------

CREATE FUNCTION logic.add(a integer, b integer) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT a + b $$;
COMMENT ON FUNCTION logic.add(integer, integer) IS 'adds integers';
ALTER FUNCTION logic.add(integer, integer) OWNER TO routines_owner;

-- An overload, with a default argument.
CREATE FUNCTION logic.add(a numeric, b numeric DEFAULT 0) RETURNS numeric
  LANGUAGE sql IMMUTABLE
  AS 'SELECT a + b';
COMMENT ON FUNCTION logic.add(numeric, numeric) IS 'adds numerics';

CREATE FUNCTION logic.split(IN s text, OUT head text, INOUT n integer)
  LANGUAGE plpgsql
  AS $$ BEGIN head := left(s, n); END $$;
COMMENT ON FUNCTION logic.split(text, integer) IS 'OUT and INOUT arguments';

CREATE FUNCTION logic.total(VARIADIC xs integer[]) RETURNS bigint
  LANGUAGE sql STABLE
  AS 'SELECT sum(x) FROM unnest(xs) AS x';
COMMENT ON FUNCTION logic.total(integer[]) IS 'variadic';

CREATE FUNCTION logic.series(n integer) RETURNS SETOF integer
  LANGUAGE sql ROWS 10
  AS 'SELECT generate_series(1, n)';
COMMENT ON FUNCTION logic.series(integer) IS 'set-returning';

CREATE FUNCTION logic.squares(n integer) RETURNS TABLE(i integer, sq integer)
  LANGUAGE sql STABLE
  AS 'SELECT g, g * g FROM generate_series(1, n) AS g';
COMMENT ON FUNCTION logic.squares(integer) IS 'returns a table';

CREATE FUNCTION logic.secret() RETURNS text
  LANGUAGE sql STABLE LEAKPROOF SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  SET work_mem = '64MB'
  AS $$ SELECT 'hidden'::text $$;
COMMENT ON FUNCTION logic.secret() IS 'security definer';
REVOKE EXECUTE ON FUNCTION logic.secret() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION logic.secret() TO routines_reader WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION logic.secret() TO "Routines Auditor";

CREATE FUNCTION logic.in_plrt() RETURNS integer
  LANGUAGE plrt
  AS $$ BEGIN RETURN 1; END $$;
COMMENT ON FUNCTION logic.in_plrt() IS 'in our own language';

-- A window function: only C (here internal) functions can be windows.
CREATE FUNCTION logic.my_rank() RETURNS bigint
  LANGUAGE internal WINDOW IMMUTABLE
  AS 'window_rank';
COMMENT ON FUNCTION logic.my_rank() IS 'window function';

CREATE PROCEDURE logic.bump(INOUT counter integer, step integer DEFAULT 1)
  LANGUAGE plpgsql
  AS $$ BEGIN counter := counter + step; END $$;
COMMENT ON PROCEDURE logic.bump(integer, integer) IS 'a procedure';
REVOKE EXECUTE ON PROCEDURE logic.bump(integer, integer) FROM PUBLIC;

-- Aggregates ------------------------------------------------------------

CREATE FUNCTION logic.sum_sq_step(state bigint, x integer) RETURNS bigint
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS 'SELECT state + x::bigint * x';
CREATE FUNCTION logic.sum_sq_final(state bigint) RETURNS numeric
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS 'SELECT state::numeric';

CREATE AGGREGATE logic.sum_sq(integer) (
  SFUNC = logic.sum_sq_step,
  STYPE = bigint,
  INITCOND = '0',
  FINALFUNC = logic.sum_sq_final,
  FINALFUNC_MODIFY = READ_ONLY,
  COMBINEFUNC = int8pl,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE logic.sum_sq(integer) IS 'sum of squares';
ALTER AGGREGATE logic.sum_sq(integer) OWNER TO routines_owner;

-- Moving-aggregate mode with an inverse transition function.
CREATE AGGREGATE logic.msum(integer) (
  SFUNC = int4pl,
  STYPE = integer,
  SSPACE = 16,
  INITCOND = '0',
  MSFUNC = int4pl,
  MINVFUNC = int4mi,
  MSTYPE = integer,
  MSSPACE = 8,
  MINITCOND = '0'
);
COMMENT ON AGGREGATE logic.msum(integer) IS 'moving sum';

-- A sort operator makes max() answerable from an index.
CREATE AGGREGATE logic.max_int(integer) (
  SFUNC = int4larger,
  STYPE = integer,
  SORTOP = OPERATOR(pg_catalog.>)
);
COMMENT ON AGGREGATE logic.max_int(integer) IS 'max with sort operator';

-- Internal state with serialization, as the built-in avg(bigint).
CREATE AGGREGATE logic.my_avg(bigint) (
  SFUNC = int8_avg_accum,
  STYPE = internal,
  SSPACE = 48,
  FINALFUNC = numeric_poly_avg,
  COMBINEFUNC = int8_avg_combine,
  SERIALFUNC = int8_avg_serialize,
  DESERIALFUNC = int8_avg_deserialize,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE logic.my_avg(bigint) IS 'average with serial functions';

-- Ordered-set aggregate.
CREATE FUNCTION logic.pct_final(state double precision[], frac double precision, v double precision)
  RETURNS double precision
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT x FROM unnest(state) AS x ORDER BY x OFFSET floor(frac * (cardinality(state) - 1)) LIMIT 1 $$;
CREATE AGGREGATE logic.pct(double precision ORDER BY double precision) (
  SFUNC = array_append,
  STYPE = double precision[],
  FINALFUNC = logic.pct_final,
  FINALFUNC_EXTRA
);
COMMENT ON AGGREGATE logic.pct(double precision ORDER BY double precision) IS 'ordered-set';

-- Hypothetical-set aggregate, as the built-in rank(VARIADIC "any").
CREATE AGGREGATE logic.hrank(VARIADIC "any" ORDER BY VARIADIC "any") (
  SFUNC = ordered_set_transition_multi,
  STYPE = internal,
  FINALFUNC = rank_final,
  FINALFUNC_EXTRA,
  HYPOTHETICAL
);
COMMENT ON AGGREGATE logic.hrank(VARIADIC "any" ORDER BY VARIADIC "any") IS 'hypothetical-set';

-- Operators -------------------------------------------------------------

CREATE FUNCTION logic.pair_eq(x logic.pair, y logic.pair) RETURNS boolean
  LANGUAGE sql IMMUTABLE STRICT
  AS 'SELECT x.a = y.a AND x.b = y.b';
CREATE FUNCTION logic.pair_ne(x logic.pair, y logic.pair) RETURNS boolean
  LANGUAGE sql IMMUTABLE STRICT
  AS 'SELECT NOT (x.a = y.a AND x.b = y.b)';
CREATE FUNCTION logic.square(x integer) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT
  AS 'SELECT x * x';

CREATE OPERATOR logic.=== (
  LEFTARG = logic.pair,
  RIGHTARG = logic.pair,
  FUNCTION = logic.pair_eq,
  COMMUTATOR = OPERATOR(logic.===),
  NEGATOR = OPERATOR(logic.!==),
  RESTRICT = eqsel,
  JOIN = eqjoinsel,
  HASHES,
  MERGES
);
COMMENT ON OPERATOR logic.=== (logic.pair, logic.pair) IS 'pair equality';
CREATE OPERATOR logic.!== (
  LEFTARG = logic.pair,
  RIGHTARG = logic.pair,
  FUNCTION = logic.pair_ne,
  COMMUTATOR = OPERATOR(logic.!==),
  NEGATOR = OPERATOR(logic.===),
  RESTRICT = neqsel,
  JOIN = neqjoinsel
);
COMMENT ON OPERATOR logic.!== (logic.pair, logic.pair) IS 'pair inequality';
-- A prefix operator (no left operand).
CREATE OPERATOR logic.## (RIGHTARG = integer, FUNCTION = logic.square);
COMMENT ON OPERATOR logic.## (NONE, integer) IS 'prefix square';

-- Casts -----------------------------------------------------------------

CREATE FUNCTION logic.pair_text(p logic.pair) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT p.a || '/' || p.b $$;
CREATE CAST (logic.pair AS text) WITH FUNCTION logic.pair_text(logic.pair) AS ASSIGNMENT;
COMMENT ON CAST (logic.pair AS text) IS 'pair as text';

-- A base type laid out like text (as citext is) is binary-coercible to it.
-- Enums, composites and domains never are.
CREATE TYPE logic.label;
CREATE FUNCTION logic.label_in(cstring) RETURNS logic.label LANGUAGE internal IMMUTABLE STRICT AS 'textin';
CREATE FUNCTION logic.label_out(logic.label) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'textout';
CREATE TYPE logic.label (INPUT = logic.label_in, OUTPUT = logic.label_out, LIKE = text);
CREATE CAST (logic.label AS text) WITHOUT FUNCTION AS IMPLICIT;
COMMENT ON CAST (logic.label AS text) IS 'binary coercible';

CREATE CAST (logic.mood AS logic.mood_label) WITH INOUT AS IMPLICIT;
COMMENT ON CAST (logic.mood AS logic.mood_label) IS 'through text';

-- A cast from a domain is accepted (with a warning that it is never used).
CREATE FUNCTION logic.posint_pair(v logic.posint) RETURNS logic.pair
  LANGUAGE sql IMMUTABLE STRICT
  AS 'SELECT ROW(v, v)::logic.pair';
SET client_min_messages = error;
CREATE CAST (logic.posint AS logic.pair) WITH FUNCTION logic.posint_pair(logic.posint);
RESET client_min_messages;
COMMENT ON CAST (logic.posint AS logic.pair) IS 'from a domain';

-- Tables, views, triggers -----------------------------------------------

CREATE TABLE logic.account (
  id integer PRIMARY KEY,
  owner text NOT NULL,
  balance numeric NOT NULL DEFAULT 0,
  updated_at timestamptz
);
CREATE TABLE logic.account_log (
  account_id integer REFERENCES logic.account (id), -- internal FK triggers: not listed
  note text,
  CONSTRAINT account_log_note_key UNIQUE (note) DEFERRABLE -- internal trigger too
);
CREATE VIEW logic.account_names AS SELECT id, owner FROM logic.account;

CREATE FUNCTION logic.touch() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION logic.audit() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION logic.account_names_insert() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN INSERT INTO logic.account (id, owner) VALUES (NEW.id, NEW.owner); RETURN NEW; END $$;

CREATE TRIGGER account_touch BEFORE INSERT OR UPDATE ON logic.account
  FOR EACH ROW EXECUTE FUNCTION logic.touch();
COMMENT ON TRIGGER account_touch ON logic.account IS 'keeps updated_at';

CREATE TRIGGER account_balance AFTER UPDATE OF balance ON logic.account
  FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance)
  EXECUTE FUNCTION logic.audit('balance', 'changed');
COMMENT ON TRIGGER account_balance ON logic.account IS 'WHEN and arguments';

CREATE TRIGGER account_inserted AFTER INSERT ON logic.account
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION logic.audit();
COMMENT ON TRIGGER account_inserted ON logic.account IS 'transition table';

CREATE CONSTRAINT TRIGGER account_check AFTER INSERT OR UPDATE ON logic.account
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION logic.audit();
COMMENT ON TRIGGER account_check ON logic.account IS 'constraint trigger';

CREATE TRIGGER account_deleted AFTER DELETE ON logic.account
  FOR EACH ROW EXECUTE FUNCTION logic.audit();
ALTER TABLE logic.account DISABLE TRIGGER account_deleted;
COMMENT ON TRIGGER account_deleted ON logic.account IS 'disabled';

CREATE TRIGGER account_replica AFTER UPDATE ON logic.account
  FOR EACH ROW EXECUTE FUNCTION logic.audit();
ALTER TABLE logic.account ENABLE REPLICA TRIGGER account_replica;
COMMENT ON TRIGGER account_replica ON logic.account IS 'replica only';

CREATE TRIGGER account_always AFTER TRUNCATE ON logic.account
  FOR EACH STATEMENT EXECUTE FUNCTION logic.audit();
ALTER TABLE logic.account ENABLE ALWAYS TRIGGER account_always;
COMMENT ON TRIGGER account_always ON logic.account IS 'always';

CREATE TRIGGER account_names_insert INSTEAD OF INSERT ON logic.account_names
  FOR EACH ROW EXECUTE FUNCTION logic.account_names_insert();
COMMENT ON TRIGGER account_names_insert ON logic.account_names IS 'instead of, on a view';

-- A trigger on a partitioned table is cloned onto each partition; only the
-- parent's is listed. A partition's own trigger is listed.
CREATE TABLE logic.event (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE logic.event_2024 PARTITION OF logic.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TRIGGER event_audit AFTER INSERT ON logic.event
  FOR EACH ROW EXECUTE FUNCTION logic.audit();
COMMENT ON TRIGGER event_audit ON logic.event IS 'on a partitioned table';
CREATE TABLE logic.event_2025 PARTITION OF logic.event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TRIGGER event_2025_deleted AFTER DELETE ON logic.event_2025
  FOR EACH ROW EXECUTE FUNCTION logic.audit();

-- Policies --------------------------------------------------------------

ALTER TABLE logic.account ENABLE ROW LEVEL SECURITY;
CREATE POLICY account_owner ON logic.account
  FOR ALL TO routines_reader, "Routines Auditor"
  USING (owner = CURRENT_USER) WITH CHECK (balance >= 0);
COMMENT ON POLICY account_owner ON logic.account IS 'owners see their rows';
CREATE POLICY account_positive ON logic.account AS RESTRICTIVE
  FOR UPDATE USING (true) WITH CHECK (balance >= 0);
COMMENT ON POLICY account_positive ON logic.account IS 'restrictive, for PUBLIC';
CREATE POLICY account_read ON logic.account FOR SELECT TO PUBLIC USING (true);
CREATE POLICY account_insert ON logic.account FOR INSERT TO routines_owner WITH CHECK (owner = CURRENT_USER);
CREATE POLICY account_delete ON logic.account FOR DELETE USING (balance = 0);

-- Rules -----------------------------------------------------------------

CREATE TABLE logic.note (id integer, body text);
CREATE VIEW logic.note_view AS SELECT id, body FROM logic.note;
CREATE RULE note_view_insert AS ON INSERT TO logic.note_view
  DO INSTEAD INSERT INTO logic.note (id, body) VALUES (NEW.id, NEW.body);
COMMENT ON RULE note_view_insert ON logic.note_view IS 'makes the view insertable';
CREATE RULE note_keep AS ON DELETE TO logic.note DO ALSO NOTHING;
ALTER TABLE logic.note DISABLE RULE note_keep;
COMMENT ON RULE note_keep ON logic.note IS 'disabled';

-- Extended statistics ---------------------------------------------------

CREATE TABLE logic.measure (a integer, b integer, c text);
CREATE STATISTICS logic.measure_ab (ndistinct, dependencies) ON a, b FROM logic.measure;
COMMENT ON STATISTICS logic.measure_ab IS 'ndistinct and dependencies';
CREATE STATISTICS ops.measure_mcv (mcv) ON a, c FROM logic.measure;
COMMENT ON STATISTICS ops.measure_mcv IS 'in another schema than its table';
CREATE STATISTICS logic.measure_all ON a, b, c FROM logic.measure;

-- Publications ----------------------------------------------------------

CREATE PUBLICATION pub_some FOR TABLE logic.account, logic.note WITH (publish = 'insert, update');
COMMENT ON PUBLICATION pub_some IS 'two tables';
CREATE PUBLICATION pub_all FOR ALL TABLES;
CREATE PUBLICATION pub_empty;
ALTER PUBLICATION pub_empty OWNER TO routines_owner;

-- Foreign-data wrappers and servers ------------------------------------

CREATE FOREIGN DATA WRAPPER rt_dummy;
COMMENT ON FOREIGN DATA WRAPPER rt_dummy IS 'no handler, no validator';
CREATE FOREIGN DATA WRAPPER rt_options OPTIONS (debug 'true', mode 'strict');
CREATE FOREIGN DATA WRAPPER rt_validated VALIDATOR postgresql_fdw_validator;
GRANT USAGE ON FOREIGN DATA WRAPPER rt_dummy TO routines_reader;

CREATE SERVER rt_remote TYPE 'postgres' VERSION '15' FOREIGN DATA WRAPPER rt_dummy
  OPTIONS (host 'db.example', port '5432');
COMMENT ON SERVER rt_remote IS 'with options';
GRANT USAGE ON FOREIGN SERVER rt_remote TO routines_reader;
CREATE SERVER rt_plain FOREIGN DATA WRAPPER rt_options;

-- Default privileges ----------------------------------------------------

ALTER DEFAULT PRIVILEGES FOR ROLE routines_owner GRANT SELECT ON TABLES TO routines_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE routines_owner IN SCHEMA logic GRANT INSERT, UPDATE ON TABLES TO "Routines Auditor";
ALTER DEFAULT PRIVILEGES FOR ROLE routines_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE routines_owner IN SCHEMA logic GRANT EXECUTE ON FUNCTIONS TO routines_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE routines_owner IN SCHEMA ops GRANT USAGE, SELECT ON SEQUENCES TO routines_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE routines_owner GRANT USAGE ON TYPES TO routines_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE routines_owner GRANT USAGE ON SCHEMAS TO routines_reader WITH GRANT OPTION;

-- Event triggers (last: they fire on the DDL that follows) --------------

CREATE FUNCTION logic.on_ddl() RETURNS event_trigger
  LANGUAGE plpgsql
  AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER rt_ddl_watch ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
  EXECUTE FUNCTION logic.on_ddl();
COMMENT ON EVENT TRIGGER rt_ddl_watch IS 'with tags';
CREATE EVENT TRIGGER rt_drop_watch ON sql_drop EXECUTE FUNCTION logic.on_ddl();
ALTER EVENT TRIGGER rt_drop_watch DISABLE;
