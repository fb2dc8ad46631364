package snapshot

import (
	"context"
	"fmt"
	"reflect"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// A query declaration ties one file under queries/ to the row type its
// results are decoded into and to the function those rows go to, in one
// value. The reader's steps are lists of them (see read_steps.go): the
// pipeline sends every step's queries in order and hands each its own
// rows, so a query cannot be read under another's name or out of turn,
// and TestQueryDeclarations (without a database) fails when a file is
// declared twice, declared but missing, or not declared at all.
//
// Three forms:
//   - collected[T]: all rows at once, for the small kinds whose rows are
//     worked on together;
//   - streamed[T]: one reused T at a time, for the kinds a big catalog has
//     hundreds of thousands of (columns, dependencies), so that they are
//     never all held at once;
//   - followUp[T]: streamed, but with arguments that come from earlier
//     results (definitions the reader could not build, say). It cannot run
//     while the pipeline is open, so it runs once every step has read its
//     rows (see pipeline.go).

// query is one declared query.
type query interface {
	// name is the file under queries/, rendered for the server's version.
	name() string
	// later is true for a follow-up, false for a query sent in the
	// pipeline.
	later() bool
	// arguments are a follow-up's, asked for once every step has read its
	// rows: nil means it has nothing to ask and is not sent.
	arguments() []any
	// consume reads the query's rows; rows is nil for a follow-up that was
	// not sent, which then only finishes.
	consume(r *reader, rows pgx.Rows) error
	// fits reports a result column that the row type has no field for
	// (TestQueryColumnsFitRows asks it of every query, on every major).
	fits(columns []pgconn.FieldDescription) error
}

// fitsRow is fits for row type T.
func fitsRow[T any](columns []pgconn.FieldDescription) error {
	_, err := fieldPaths(reflect.TypeFor[T](), columns)
	return err
}

// collected hands all of a query's rows to use at once.
type collected[T any] struct {
	file string
	use  func(r *reader, rows []T) error
}

func (q collected[T]) name() string                           { return q.file }
func (q collected[T]) later() bool                            { return false }
func (q collected[T]) arguments() []any                       { return nil }
func (q collected[T]) fits(c []pgconn.FieldDescription) error { return fitsRow[T](c) }
func (q collected[T]) consume(r *reader, rows pgx.Rows) error {
	var out []T
	if err := decodeRows(r, rows, func(row *T) error {
		out = append(out, *row)
		return nil
	}); err != nil {
		return err
	}
	return q.use(r, out)
}

// streamed hands each row to use in one reused T, then calls done (if
// set) after the last.
type streamed[T any] struct {
	file string
	use  func(r *reader, row *T) error
	done func(r *reader) error
}

func (q streamed[T]) name() string                           { return q.file }
func (q streamed[T]) later() bool                            { return false }
func (q streamed[T]) arguments() []any                       { return nil }
func (q streamed[T]) fits(c []pgconn.FieldDescription) error { return fitsRow[T](c) }
func (q streamed[T]) consume(r *reader, rows pgx.Rows) error {
	return streamRows(r, rows, q.use, q.done)
}

// followUp is a streamed query whose arguments (from args, called once
// every step has read its pipelined rows) come from earlier results; when
// args returns nil it is not sent, and only done runs.
type followUp[T any] struct {
	file string
	args func() []any
	use  func(r *reader, row *T) error
	done func(r *reader) error
}

func (q followUp[T]) name() string                           { return q.file }
func (q followUp[T]) later() bool                            { return true }
func (q followUp[T]) arguments() []any                       { return q.args() }
func (q followUp[T]) fits(c []pgconn.FieldDescription) error { return fitsRow[T](c) }
func (q followUp[T]) consume(r *reader, rows pgx.Rows) error {
	if rows == nil {
		if q.done == nil {
			return nil
		}
		return q.done(r)
	}
	return streamRows(r, rows, q.use, q.done)
}

// streamRows decodes rows into one reused T for use, then calls done.
// done runs after an error too (with the error kept), so that what was
// gathered so far is stored as it was before the declarations.
func streamRows[T any](r *reader, rows pgx.Rows, use func(*reader, *T) error, done func(*reader) error) error {
	err := decodeRows(r, rows, func(row *T) error { return use(r, row) })
	if done == nil {
		return err
	}
	if doneErr := done(r); err == nil {
		err = doneErr
	}
	return err
}

// decodeRows scans each row into one reused T, matching result columns to
// the fields' db tags (embedded structs included), and calls fn with it.
// The column-to-field mapping is worked out once per query, not per row.
// It re-arms the watchdog every rowsPerArm rows, and closes rows.
func decodeRows[T any](r *reader, rows pgx.Rows, fn func(*T) error) error {
	defer rows.Close()
	var targets []any
	var row T
	for n := 1; rows.Next(); n++ {
		if n%rowsPerArm == 0 {
			r.watch.arm()
		}
		if targets == nil {
			paths, err := fieldPaths(reflect.TypeFor[T](), rows.FieldDescriptions())
			if err != nil {
				return err
			}
			v := reflect.ValueOf(&row).Elem()
			targets = make([]any, len(paths))
			for i, path := range paths {
				targets[i] = v.FieldByIndex(path).Addr().Interface()
			}
		}
		row = *new(T)
		if err := rows.Scan(targets...); err != nil {
			return err
		}
		if err := fn(&row); err != nil {
			return err
		}
	}
	return rows.Err()
}

// fieldPaths maps each result column to the field of t tagged with its name.
func fieldPaths(t reflect.Type, columns []pgconn.FieldDescription) ([][]int, error) {
	byTag := map[string][]int{}
	for _, f := range reflect.VisibleFields(t) {
		if tag := f.Tag.Get("db"); tag != "" {
			byTag[tag] = f.Index
		}
	}
	paths := make([][]int, len(columns))
	for i, c := range columns {
		path, ok := byTag[c.Name]
		if !ok {
			return nil, fmt.Errorf("no field of %s for column %q", t, c.Name)
		}
		paths[i] = path
	}
	return paths, nil
}

// runFollowUp sends a follow-up query with its arguments (outside the
// pipeline, which is closed by then) and hands it its rows; one whose
// arguments are nil is not sent.
func (r *reader) runFollowUp(ctx context.Context, q query) error {
	args := q.arguments()
	if args == nil {
		return q.consume(r, nil)
	}
	sql, err := r.render(q.name())
	if err != nil {
		return err
	}
	r.watch.arm()
	rows, err := r.tx.Query(ctx, sql, args...)
	if err == nil {
		err = q.consume(r, rows)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", q.name(), err)
	}
	return nil
}
