package snapshot

import (
	"fmt"
)

// The errors a library user may want to tell apart (with errors.As). Each
// prints as one line; Connect's and Read's other errors are wrapped pgx or
// I/O errors.

// ConnectError (connect_error.go) is a failed Connect.

// UnsupportedServerError is a server older than MinServerVersionNum.
type UnsupportedServerError struct {
	// Version is the version the server reports ("11.22").
	Version string
}

func (e *UnsupportedServerError) Error() string {
	return fmt.Sprintf("unsupported server: PostgreSQL %s (pgstrata needs %d or newer)", e.Version, MinServerVersionNum/10000)
}

// SchemaChangingError is a Read that gave up because other sessions kept
// changing the schema while it was being read (see Read).
type SchemaChangingError struct {
	Attempts int
	// Last is what changed during the last attempt.
	Last error
}

func (e *SchemaChangingError) Error() string {
	return fmt.Sprintf("the schema kept changing while it was being read (%d attempts); last: %v", e.Attempts, e.Last)
}

func (e *SchemaChangingError) Unwrap() error { return e.Last }
