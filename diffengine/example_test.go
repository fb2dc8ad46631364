package diffengine_test

import (
	"fmt"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
	"github.com/pgstrata/pgstrata/snapshot"
)

// A plan between two catalogs, as a library user gets it: here the
// catalogs are built by hand; snapshot.Read fills them from a live server
// and strata.Read from a file. Each statement says what it does besides its
// SQL.
func ExampleDiff() {
	catalog := func(columnType string) *snapshot.Catalog {
		c := &snapshot.Catalog{
			Schemas: []snapshot.Schema{{Name: "app"}},
			Tables: []snapshot.Table{{Schema: "app", Name: "orders", RelKind: "r",
				Columns: []snapshot.Column{{Name: "id", Type: columnType, NotNull: true}}}},
		}
		c.Sort()
		return c
	}
	plan, err := diffengine.Diff(catalog("integer"), catalog("bigint"), diffengine.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Print(sqlscript.Render(plan))
	for _, s := range plan.Statements {
		for _, c := range s.Changes {
			fmt.Printf("%s: %s %s → %s\n", s.ID, c.Attribute, c.From, c.To)
		}
		for _, h := range s.Hazards {
			fmt.Printf("%s: %s\n", h.Kind, h.Message)
		}
		fmt.Println("withheld without --unsafe:", s.Unsafe())
	}
	// Output:
	// SET check_function_bodies = off;
	//
	// ALTER TABLE app.orders ALTER COLUMN id TYPE bigint USING id::bigint;
	// column app.orders.id: type integer → bigint
	// table_rewrite: changing the type from integer to bigint rewrites the table and its indexes
	// access_exclusive_lock: takes an ACCESS EXCLUSIVE lock on table app.orders: reads and writes wait until the transaction ends
	// withheld without --unsafe: false
}
