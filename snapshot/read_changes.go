package snapshot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// catalogChangesQuery is the one query run outside the read's steps (see
// declaredQueryFiles).
const catalogChangesQuery = "catalog_changes.sql"

// changedDuringRead reports which system catalog, if any, gained a row
// version committed after snap, the snapshot of a read that has just
// ended, or "" when none did.
//
// Why: a read's queries all see snap, but PostgreSQL's deparse functions
// (pg_get_viewdef, pg_get_expr, pg_get_indexdef, format_type, …) look names
// up in the system caches, which show the latest committed catalog. A
// column, type, table, schema or function renamed while the read runs is
// therefore still under its old name in the rows the read selected, but
// under its new one in every definition deparsed after the rename: a
// catalog that no database ever had, with no error to show for it.
// Deparsing an object that was dropped fails, which Read already retries
// on; a rename fails nothing, so it must be looked for.
//
// Any such change commits a new version of a catalog row (the renamed
// pg_attribute, pg_type, pg_class, pg_namespace or pg_proc row), visible
// to a statement run after the read but not in snap. The check runs on the
// same connection once the read's transaction has ended (within it, every
// query sees snap and so can never see the new rows): it takes a snapshot
// now, lists the transactions that may have committed in between (none,
// on a quiet server: then that is all), and looks for catalog rows they
// created, in one pass over the catalogs (catalog_changes.sql). It
// errs on the safe side: any committed catalog change since snap, renamed
// or not, makes Read start over, except for temporary objects. A change
// committed and then dropped again before the check leaves no row to find;
// so does a role renamed (pg_authid is not readable by an ordinary role).
func changedDuringRead(ctx context.Context, conn *pgx.Conn, version int, snap string, trace func(string, time.Duration)) (string, error) {
	if trace != nil {
		defer func(started time.Time) { trace("catalog change check", time.Since(started)) }(time.Now())
	}
	var now string
	if err := conn.QueryRow(ctx, "SELECT "+currentSnapshot(conn)+"::text").Scan(&now); err != nil {
		return "", fmt.Errorf("checking the catalog for changes during the read: %w", err)
	}
	xids, err := committedSince(snap, now)
	if err != nil {
		return "", fmt.Errorf("checking the catalog for changes during the read: %w", err)
	}
	if len(xids) == 0 {
		return "", nil // nothing can have committed: the usual case on a quiet server
	}
	sql, err := (&reader{version: version}).render(catalogChangesQuery)
	if err != nil {
		return "", err
	}
	var catalog string
	err = conn.QueryRow(ctx, sql, "{"+strings.Join(xids, ",")+"}").Scan(&catalog)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("checking the catalog for changes during the read: %w", err)
	}
	return catalog, nil
}

// committedSince lists the transactions that may have committed after the
// snapshot before and before the snapshot now (both as pg_current_snapshot
// prints them, "xmin:xmax:xip,…"): those still running at before (its
// xip) and those that started from before's xmax up to now's. They are
// listed as xmin holds them, 32-bit (modulo 2^32), without the xids that
// are never assigned (0, 1 and 2: initdb's rows have them). An old frozen
// row keeps its raw xmin, which may equal one of these by chance after
// wraparound; that costs one more attempt at worst.
func committedSince(before, now string) ([]string, error) {
	_, bXmax, bXip, err1 := parseSnapshot(before)
	_, nXmax, _, err2 := parseSnapshot(now)
	if err := errors.Join(err1, err2); err != nil {
		return nil, err
	}
	var xids []string
	add := func(x uint64) {
		if x%(1<<32) >= 3 {
			xids = append(xids, strconv.FormatUint(x%(1<<32), 10))
		}
	}
	for _, x := range bXip {
		add(x)
	}
	for x := bXmax; x < nXmax; x++ {
		add(x)
	}
	return xids, nil
}

// parseSnapshot reads a snapshot printed as "xmin:xmax:xip,…".
func parseSnapshot(s string) (xmin, xmax uint64, xip []uint64, err error) {
	parts := strings.Split(s, ":")
	if len(parts) != 3 {
		return 0, 0, nil, fmt.Errorf("unexpected snapshot %q", s)
	}
	xmin, err1 := strconv.ParseUint(parts[0], 10, 64)
	xmax, err2 := strconv.ParseUint(parts[1], 10, 64)
	if err := errors.Join(err1, err2); err != nil {
		return 0, 0, nil, fmt.Errorf("unexpected snapshot %q", s)
	}
	if parts[2] != "" {
		for _, f := range strings.Split(parts[2], ",") {
			x, err := strconv.ParseUint(f, 10, 64)
			if err != nil {
				return 0, 0, nil, fmt.Errorf("unexpected snapshot %q", s)
			}
			xip = append(xip, x)
		}
	}
	return xmin, xmax, xip, nil
}

// currentSnapshot is the function that returns the transaction's snapshot:
// pg_current_snapshot from PostgreSQL 13 on, txid_current_snapshot (to be
// removed some day) before. Both print "xmin:xmax:xip,…". The version the
// server reported at startup decides; a pooler may not pass it on, and
// then the old name, which every version up to 18 still has, will do.
func currentSnapshot(conn *pgx.Conn) string {
	if v := conn.PgConn().ParameterStatus("server_version"); v != "" && reportedMajor(v) >= 13 {
		return "pg_catalog.pg_current_snapshot()"
	}
	return "pg_catalog.txid_current_snapshot()"
}
