package snapshot

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// maxReadAttempts bounds how often Read starts over because the schema
// changed under it. Each attempt is a whole read, so the bound is small;
// between attempts Read waits a little (see retryDelay) to let a burst of
// DDL finish.
const maxReadAttempts = 12

// Read captures the schema of the database conn is connected to. It runs in
// one REPEATABLE READ, READ ONLY transaction, so the result is consistent
// even while other sessions change the schema, and it changes nothing.
//
// Why it may read more than once: the transaction's snapshot makes every
// catalog query see the same moment, but PostgreSQL's deparse functions
// (pg_get_viewdef, pg_get_indexdef, pg_get_constraintdef, pg_get_expr,
// pg_get_functiondef, format_type, …) look objects up in the system caches,
// which always show the latest committed catalog, not the snapshot. An
// object dropped or rebuilt by another session after the snapshot was taken
// is still in the snapshot, but deparsing it fails ("cache lookup failed
// for …", "could not open relation with OID …") or, for format_type and
// pg_get_userbyid, silently prints a placeholder ("???", "unknown (OID=…)").
// An object renamed after the snapshot was taken is worse: no error, but its
// new name leaks into every definition deparsed afterwards while the rows
// read still have the old one (see changedDuringRead).
// Within the transaction nothing can fix that, so Read notices it and starts
// over in a fresh transaction, whose snapshot has the change; it gives up
// after maxReadAttempts with an error saying so.
//
// pg_dump instead LOCKs every table IN ACCESS SHARE MODE up front. Read does
// not: it would block the server's DDL (and queue everything behind it) for
// the whole read; locking a large schema's relations exhausts the lock table
// (max_locks_per_transaction); the locks still leave a window between the
// snapshot and the LOCK; and they protect only relations — functions,
// types, extended statistics and concurrently built indexes change without
// any lock a reader could hold. Retrying costs nothing when the schema is
// quiet, which is nearly always.
func Read(ctx context.Context, conn *pgx.Conn, opts ReadOptions) (*Catalog, ServerInfo, error) {
	ctx, w := watch(ctx, opts.StatementTimeout)
	defer w.stop()
	cat, info, err := readAttempts(ctx, conn, opts, w)
	return cat, info, w.explain(ctx, err)
}

// readAttempts is Read's loop.
func readAttempts(ctx context.Context, conn *pgx.Conn, opts ReadOptions, w *watchdog) (*Catalog, ServerInfo, error) {
	for attempt := 1; ; attempt++ {
		started := time.Now()
		w.arm()
		cat, info, snap, err := readOnce(ctx, conn, opts, w)
		w.arm()
		if err == nil {
			if what := deparsedAfterDrop(cat); what != "" {
				err = &concurrentDDLError{fmt.Errorf("%s was dropped while it was being read", what)}
			} else if catalog, checkErr := changedDuringRead(ctx, conn, info.VersionNum, snap, opts.Trace); checkErr != nil {
				err = checkErr
			} else if catalog != "" {
				err = &concurrentDDLError{fmt.Errorf("%s changed while it was being read", catalog)}
			}
		} else if isConcurrentDDL(err) {
			err = &concurrentDDLError{err}
		}
		var ddl *concurrentDDLError
		if !errors.As(err, &ddl) {
			return cat, info, err
		}
		if attempt == maxReadAttempts {
			return nil, info, &SchemaChangingError{Attempts: attempt, Last: ddl.err}
		}
		if opts.Trace != nil {
			opts.Trace(fmt.Sprintf("attempt %d (schema changed: %v; starting over)", attempt, ddl.err), time.Since(started))
		}
		select {
		case <-ctx.Done():
			return nil, info, ctx.Err()
		case <-time.After(retryDelay(attempt)):
		}
	}
}

// concurrentDDLError marks a failed attempt that another attempt may fix.
type concurrentDDLError struct{ err error }

func (e *concurrentDDLError) Error() string { return e.err.Error() }
func (e *concurrentDDLError) Unwrap() error { return e.err }

// retryDelay is a random wait of up to 5 ms × 2^attempt (at most a
// second): random, so that a read does not keep meeting the same periodic
// DDL at the same point.
func retryDelay(attempt int) time.Duration {
	limit := min(5*time.Millisecond<<attempt, time.Second)
	return time.Duration(rand.Int64N(int64(limit)))
}

// isConcurrentDDL reports an error that a deparse function raises for an
// object that is in the snapshot but no longer in the system caches; a NULL
// where the reader expects text, which is how pg_get_indexdef,
// pg_get_constraintdef, pg_get_viewdef, pg_get_function_identity_arguments,
// pg_get_expr and the like answer for such an object instead; or a deadlock
// with a DDL statement (deparse functions lock the relations they open, so a
// DROP … CASCADE can deadlock with the read).
func isConcurrentDDL(err error) bool {
	var scanErr pgx.ScanArgError
	if errors.As(err, &scanErr) && strings.HasPrefix(scanErr.Err.Error(), "cannot scan NULL") {
		return true
	}
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return false
	}
	switch pgErr.Code {
	case "40P01", "40001": // deadlock_detected, serialization_failure
		return true
	case "XX000": // internal_error: elog(ERROR, …) in the deparse code
		for _, prefix := range []string{"cache lookup failed", "could not open relation with OID", "could not find tuple for"} {
			if strings.HasPrefix(pgErr.Message, prefix) {
				return true
			}
		}
	}
	return false
}

// deparsedAfterDrop looks for what PostgreSQL prints, without an error,
// for an object that no longer exists — which in a catalog read from one
// snapshot means it was dropped during the read — and describes the first
// one found, or returns "":
//   - format_type prints "???" for a missing type (a type really named ???
//     is quoted: "???");
//   - pg_get_userbyid prints "unknown (OID=…)" for a missing role;
//   - regproc and regprocedure print a missing function as its bare OID;
//   - pg_get_expr(expr, relation) is NULL when the relation is gone, which
//     a generated column's expression (coalesced to "" by its query) shows
//     as an empty expression.
func deparsedAfterDrop(c *Catalog) string {
	dropped := func(s string) bool { return s == "???" || strings.HasPrefix(s, "???[]") }
	unknownRole := func(s string) bool { return strings.HasPrefix(s, "unknown (OID=") }
	bareOID := func(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
	for _, t := range c.Tables {
		if unknownRole(t.Owner) {
			return fmt.Sprintf("the owner of %s", t.ID())
		}
		for _, col := range t.Columns {
			if dropped(col.Type) {
				return fmt.Sprintf("the type of %s", ColumnID(t.Schema, t.Name, col.Name))
			}
			if col.Details.OrZero().Generated != "" && col.Default == "" {
				return fmt.Sprintf("the table of %s", ColumnID(t.Schema, t.Name, col.Name))
			}
		}
	}
	for _, v := range c.Views {
		if unknownRole(v.Owner) {
			return fmt.Sprintf("the owner of %s", v.ID())
		}
		for _, col := range v.Columns {
			if dropped(col.Type) {
				return fmt.Sprintf("the type of %s", ColumnID(v.Schema, v.Name, col.Name))
			}
		}
	}
	for _, d := range c.Domains {
		if dropped(d.BaseType) || unknownRole(d.Owner) {
			return fmt.Sprintf("the base type or owner of %s", d.ID())
		}
	}
	for _, ct := range c.CompositeTypes {
		for _, a := range ct.Attributes {
			if dropped(a.Type) {
				return fmt.Sprintf("the type of attribute %s of %s", a.Name, ct.ID())
			}
		}
	}
	for _, r := range c.RangeTypes {
		if dropped(r.Subtype) {
			return fmt.Sprintf("the subtype of %s", r.ID())
		}
	}
	for _, r := range c.RangeTypes {
		if bareOID(r.Canonical) || bareOID(r.SubtypeDiff) {
			return fmt.Sprintf("a function of %s", r.ID())
		}
	}
	for _, o := range c.Operators {
		if dropped(o.Left) || dropped(o.Right) || dropped(o.Result) {
			return fmt.Sprintf("a type of %s", o.ID())
		}
		if bareOID(o.Function) || bareOID(o.Restrict) || bareOID(o.Join) {
			return fmt.Sprintf("a function of %s", o.ID())
		}
	}
	for _, cast := range c.Casts {
		if dropped(cast.Source) || dropped(cast.Target) || bareOID(cast.Function) {
			return fmt.Sprintf("a type or the function of %s", cast.ID())
		}
	}
	for _, l := range c.Languages {
		if bareOID(l.Handler) || bareOID(l.Inline) || bareOID(l.Validator) {
			return fmt.Sprintf("a function of %s", l.ID())
		}
	}
	for _, w := range c.ForeignDataWrappers {
		if bareOID(w.Handler) || bareOID(w.Validator) {
			return fmt.Sprintf("a function of %s", w.ID())
		}
	}
	for _, s := range c.Sequences {
		if dropped(s.DataType) || unknownRole(s.Owner) {
			return fmt.Sprintf("the type or owner of %s", s.ID())
		}
	}
	for _, f := range c.Functions {
		if unknownRole(f.Owner) {
			return fmt.Sprintf("the owner of %s", f.ID())
		}
	}
	for _, s := range c.Schemas {
		if unknownRole(s.Owner) {
			return fmt.Sprintf("the owner of %s", s.ID())
		}
	}
	return ""
}
