package snapshot

// What a snapshot does not capture, counted per catalog so that inspect can
// say so: objects of kinds the model does not hold (not_modeled.sql), and
// what the reading role may not see (not_readable.sql).
//
// A snapshot needs no privilege beyond logging in: every catalog the
// model is read from is readable by PUBLIC, and the deparse functions
// (pg_get_viewdef, pg_get_functiondef, …) do not check privileges on the
// objects they print. The few things PostgreSQL hides from ordinary roles
// are counted instead of being left out silently.

func notModeledQueries() []query {
	return []query{countQuery("not_modeled.sql", func(c *Catalog) *[]CatalogCount { return &c.NotModeled })}
}

func notReadableQueries() []query {
	return []query{countQuery("not_readable.sql", func(c *Catalog) *[]CatalogCount { return &c.NotReadable })}
}

// countQuery appends the (catalog, count) rows of file to the counts into
// picks.
func countQuery(file string, into func(*Catalog) *[]CatalogCount) query {
	type row struct {
		Catalog string `db:"catalog"`
		Count   int64  `db:"count"`
	}
	return streamed[row]{file: file, use: func(r *reader, x *row) error {
		counts := into(r.cat)
		*counts = append(*counts, CatalogCount{Catalog: x.Catalog, Count: int(x.Count)})
		return nil
	}}
}
