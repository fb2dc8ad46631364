package snapshot

import (
	"context"
)

// readNotReadable counts what the reading role may not see (see
// queries/not_readable.sql) into Catalog.NotReadable.
//
// A snapshot needs no privilege beyond logging in: every catalog the
// model is read from is readable by PUBLIC, and the deparse functions
// (pg_get_viewdef, pg_get_functiondef, …) do not check privileges on the
// objects they print. The few things PostgreSQL hides from ordinary roles
// are counted here instead of being left out silently.
func readNotReadable(ctx context.Context, r *reader) error {
	return readCounts(ctx, r, "not_readable.sql", &r.cat.NotReadable)
}
