package snapshot

import (
	"context"
	"embed"
	"fmt"
	"strings"
	"sync"
	"text/template"
	"time"

	"github.com/jackc/pgx/v5"
)

// MinServerVersionNum is the oldest server the reader supports (PostgreSQL 12).
const MinServerVersionNum = 120000

// ReadOptions tune how a live database is read.
type ReadOptions struct {
	// LockTimeout bounds how long any catalog query may wait for a lock, so
	// that a snapshot never queues behind (and blocks) a busy server's DDL.
	LockTimeout time.Duration
	// StatementTimeout bounds each catalog query.
	StatementTimeout time.Duration
	// Trace, when set, is told how long each step of the read took, for
	// `pgstrata snapshot --verbose` and for finding slow catalog queries.
	// It must not use the connection, whose queries are in flight.
	Trace func(step string, took time.Duration)
	// NoParallelWorkers runs the catalog queries without parallel workers
	// (max_parallel_workers_per_gather = 0). For two reads of one server at
	// once, as a diff of two of its databases does: the reads already keep
	// its CPUs busy, and workers only add contention (on two cores, a
	// 10,000-table diff took 2.8 s with them and 2.35 s without).
	NoParallelWorkers bool
	// ServerDeparse builds every index and constraint definition with
	// PostgreSQL's pg_get_indexdef and pg_get_constraintdef, as pgstrata
	// did before it learned to build the plain ones itself (see
	// deparse.go). The result must be identical either way; tests read
	// with and without it and compare.
	ServerDeparse bool
}

// ServerInfo describes the server a catalog was read from.
type ServerInfo struct {
	Version    string // server_version, e.g. "15.4 (Debian 15.4-1)"
	VersionNum int    // server_version_num, e.g. 150004
	Database   string
}

//go:embed queries/*.sql
var queryFiles embed.FS

// queries are parsed when a database is first read, not when the program
// starts: every command paid 4 ms for them.
var queries = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").Option("missingkey=error").ParseFS(queryFiles, "queries/*.sql"))
})

// readOnce is one attempt of Read (see read_retry.go): one REPEATABLE READ,
// READ ONLY transaction. It also returns the transaction's snapshot (as
// pg_current_snapshot prints it), for changedDuringRead.
func readOnce(ctx context.Context, conn *pgx.Conn, opts ReadOptions, w *watchdog) (_ *Catalog, _ ServerInfo, snap string, _ error) {
	var info ServerInfo
	// The server reports its version when the connection starts: refuse an
	// old one before sending it any query it may not understand.
	if v := conn.PgConn().ParameterStatus("server_version"); v != "" && reportedMajor(v) < MinServerVersionNum/10000 {
		return nil, info, "", &UnsupportedServerError{Version: v}
	}
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, info, "", fmt.Errorf("starting read-only transaction: %w", err)
	}
	// Read-only: rolling back is the only way this transaction ends.
	defer func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), rollbackTimeout)
		defer cancel()
		tx.Rollback(ctx)
	}()

	if err := configureSession(ctx, tx, opts); err != nil {
		return nil, info, "", err
	}
	// expected sizes r.ids from the planner's row estimates of pg_class and
	// pg_constraint (free to read; 0 when never analyzed): most registered
	// identities are relations and constraints, and a map grown from empty
	// to 100,000 entries allocates three times its size on the way.
	var expected int64
	err = tx.QueryRow(ctx, `SELECT current_setting('server_version'), current_setting('server_version_num')::int, current_database(),
		(SELECT coalesce(sum(greatest(reltuples, 0)), 0)::bigint FROM pg_catalog.pg_class
		 WHERE oid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_constraint'::pg_catalog.regclass)),
		`+currentSnapshot(conn)+`::text`).
		Scan(&info.Version, &info.VersionNum, &info.Database, &expected, &snap)
	if err != nil {
		return nil, info, "", fmt.Errorf("reading server version: %w", err)
	}
	if info.VersionNum < MinServerVersionNum {
		return nil, info, "", &UnsupportedServerError{Version: info.Version}
	}

	r := &reader{tx: tx, version: info.VersionNum, cat: &Catalog{ServerVersionNum: info.VersionNum},
		ids:       make(map[objectKey]int32, min(expected, maxExpectedIdentities)),
		relations: map[uint32]relationRef{}, constraintIndexes: map[uint32]constraintIndex{},
		attnums: map[uint32][]int16{}, attrdefs: map[uint32]columnAddress{}, columnFacts: map[uint32][]columnFacts{},
		serverDeparse: opts.ServerDeparse, watch: w}
	defer r.sorting.Wait() // on an error return too: no goroutine outlives Read
	if err := r.runSteps(ctx, planSteps(), opts.Trace); err != nil {
		return nil, info, "", err
	}
	r.watch.pause() // no query in flight until Read's check (see deadline.go)
	r.sorting.Wait()
	started := time.Now()
	r.cat.Canonicalize()
	r.cat.Sort()
	if opts.Trace != nil {
		opts.Trace("sorting", time.Since(started))
	}
	return r.cat, info, snap, nil
}

// sortEarly sorts a kind that is complete on a goroutine of its own, while
// the reader waits for the server's next queries (or, if the kind waited for
// follow-up queries, once they are done), so that Catalog.Sort at the end
// finds it in order. Only kinds no later step addresses by position
// qualify: not tables and views (columns, sequences and dependencies find
// them by index) nor dependencies (the last step).
func sortEarly[T Object](r *reader, objects []T) {
	r.sorting.Go(func() { sortByID(objects) })
}

// reportedMajor is the major version in a server_version such as "15.4
// (Debian 15.4-1)", "11.22", "9.6.24" or "17beta1": its leading number.
func reportedMajor(version string) int {
	major := 0
	for _, r := range version {
		if r < '0' || r > '9' {
			break
		}
		major = major*10 + int(r-'0')
	}
	return major
}

// maxExpectedIdentities caps the size r.ids is made with, should the
// planner's estimates be wildly off.
const maxExpectedIdentities = 4 << 20

// configureSession fixes every setting that changes how PostgreSQL deparses
// definitions, so that any session on any server prints them identically: an
// empty search_path makes every name come back schema-qualified, and fixed
// date, interval, float and bytea styles make constants print the same way.
// All are transaction-local (set_config's is_local), set in one round trip.
func configureSession(ctx context.Context, tx pgx.Tx, opts ReadOptions) error {
	settings := [][2]string{
		{"search_path", ""},
		{"DateStyle", "ISO, MDY"},
		{"IntervalStyle", "postgres"},
		{"TimeZone", "UTC"},
		{"extra_float_digits", "3"},
		{"bytea_output", "hex"},
		{"standard_conforming_strings", "on"},
		{"lock_timeout", fmt.Sprintf("%dms", opts.LockTimeout.Milliseconds())},
		{"statement_timeout", fmt.Sprintf("%dms", opts.StatementTimeout.Milliseconds())},
		// The big catalog queries sort hundreds of thousands of rows that
		// already hold deparsed text (columns of a 10,000-table schema: 100
		// MB of sort input). With the default 4 MB they spill to disk
		// ("external merge" in EXPLAIN ANALYZE). 64 MB is per sort, for
		// this read's own queries only.
		{"work_mem", "64MB"},
	}
	if opts.NoParallelWorkers {
		settings = append(settings, [2]string{"max_parallel_workers_per_gather", "0"})
	}
	var sql strings.Builder
	args := make([]any, 0, 2*len(settings))
	sql.WriteString("SELECT ")
	for i, s := range settings {
		if i > 0 {
			sql.WriteString(", ")
		}
		fmt.Fprintf(&sql, "pg_catalog.set_config($%d, $%d, true)", 2*i+1, 2*i+2)
		args = append(args, s[0], s[1])
	}
	if _, err := tx.Exec(ctx, sql.String(), args...); err != nil {
		return fmt.Errorf("configuring the session: %w", err)
	}
	return nil
}

// reader carries the state of one Read.
type reader struct {
	tx      pgx.Tx
	version int
	cat     *Catalog
	// ids maps catalog addresses (as pg_depend and pg_description use them)
	// to the identities of captured objects, kept in idList: a map of small
	// values stays compact (100,000 entries at 10,000 tables), where one
	// holding the 80-byte identities themselves was slow to fill and to
	// search for its size.
	ids    map[objectKey]int32
	idList chunked[ObjectID]
	// relations maps the OIDs of captured tables and views to where they are
	// in the catalog.
	relations map[uint32]relationRef
	// Columns are addressed without entries in ids, which would hold a
	// 100-byte identity per column and per default: see columnID.
	attnums  map[uint32][]int16       // relation OID → its columns' attnums, in Columns order
	attrdefs map[uint32]columnAddress // pg_attrdef OID → the column it is the default of
	// columnFacts holds, per relation OID and in Columns order, what index
	// and constraint definitions are built from (see deparse.go).
	columnFacts map[uint32][]columnFacts
	opclasses   *opclassChooser // read by the indexes step
	// sorting tracks the kinds sorted early (see sortEarly).
	sorting sync.WaitGroup
	// batch holds the step queries' results while the pipeline is open
	// (see pipeline.go).
	batch pgx.BatchResults
	// constraintIndexes holds, by OID, the indexes that enforce constraints,
	// for the constraints step (see constraintIndex).
	constraintIndexes map[uint32]constraintIndex
	serverDeparse     bool
	// watch is re-armed at each query (see deadline.go).
	watch *watchdog
}

// objectKey addresses a catalog row the way pg_depend does: the OID of the
// system catalog, the object's OID and a sub-id (column number, or 0).
type objectKey struct {
	classID uint32
	objID   uint32
	subID   int32
}

// System catalog OIDs. They are fixed in PostgreSQL's source and identical in
// every version.
const (
	pgClass              = 1259
	pgType               = 1247
	pgProc               = 1255
	pgConstraint         = 2606
	pgNamespace          = 2615
	pgTrigger            = 2620
	pgRewrite            = 2618
	pgAttrdef            = 2604
	pgCollation          = 3456
	pgExtension          = 3079
	pgEventTrigger       = 3466
	pgPolicy             = 3256
	pgPublication        = 6104
	pgStatisticExt       = 3381
	pgOperator           = 2617
	pgCast               = 2605
	pgForeignServer      = 1417
	pgForeignDataWrapper = 2328
	pgLanguage           = 2612

	// pgDefaultACL: default privileges are registered under it so that their
	// pg_depend edge to a schema resolves.
	pgDefaultACL = 826
	// pgPublicationRel and pgPublicationNamespace: a publication's table and
	// schema entries are rows of their own, and it is they that depend on the
	// table (and the columns of its column list and row filter) or schema.
	// Registering each entry as its publication turns those edges into
	// "publication needs table".
	pgPublicationRel       = 6106
	pgPublicationNamespace = 6237
)

// register records that the catalog row (classID, objID, subID) is the
// captured object id.
func (r *reader) register(classID, objID uint32, subID int32, id ObjectID) {
	r.ids[objectKey{classID, objID, subID}] = int32(r.idList.len())
	r.idList.add(id)
}

// lookup returns the identity registered for a catalog row.
func (r *reader) lookup(classID, objID uint32, subID int32) (ObjectID, bool) {
	switch {
	case classID == pgClass && subID > 0:
		return r.columnID(columnAddress{objID, int16(subID)})
	case classID == pgAttrdef:
		if col, ok := r.attrdefs[objID]; ok {
			return r.columnID(col)
		}
		return ObjectID{}, false
	}
	if i, ok := r.ids[objectKey{classID, objID, subID}]; ok {
		return r.idList.at(int(i)), true
	}
	return ObjectID{}, false
}

// Version is the server_version_num; queries use it as {{if ge .Version 140000}}.
func (r *reader) Version() int { return r.version }

// transactionQueries refuse to read anywhere but in a read-only,
// repeatable read transaction (see transaction.sql).
func transactionQueries() []query {
	type row struct {
		ReadOnly  string `db:"read_only"`
		Isolation string `db:"isolation"`
	}
	return []query{streamed[row]{file: "transaction.sql", use: func(r *reader, x *row) error {
		if x.ReadOnly != "on" || x.Isolation != "repeatable read" {
			return fmt.Errorf("the read runs with transaction_read_only = %s, transaction_isolation = %s; want on, repeatable read",
				x.ReadOnly, x.Isolation)
		}
		return nil
	}}}
}
