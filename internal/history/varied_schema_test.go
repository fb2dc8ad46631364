package history

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/pgstrata/pgstrata/snapshot"
)

// variedSchema is a schema with the variety of a real one (names, types,
// defaults, keys, indexes, comments and grants differ from table to table),
// which compresses about as well as a real snapshot does, unlike
// growingSchema's identical tables. Deterministic: a fixed seed.
type variedSchema struct {
	catalog *snapshot.Catalog
	rng     *rand.Rand
}

var (
	columnWords = []string{"id", "name", "title", "email", "status", "created_at", "updated_at", "deleted_at", "amount",
		"price", "quantity", "description", "notes", "code", "kind", "priority", "owner_id", "parent_id", "account_id",
		"customer_id", "order_id", "product_id", "region", "country", "city", "postal_code", "phone", "url", "slug",
		"version", "is_active", "is_public", "score", "rating", "started_at", "ended_at", "payload", "metadata", "tags",
		"currency", "tax_rate", "discount", "balance", "external_ref", "checksum", "locale", "timezone", "color"}
	columnTypes = []string{"integer", "bigint", "text", "character varying(255)", "timestamp with time zone", "boolean",
		"numeric(12,2)", "jsonb", "uuid", "date", "smallint", "text[]", "double precision", "character varying(64)"}
	tableWords = []string{"account", "order", "invoice", "customer", "product", "shipment", "payment", "audit", "session",
		"event", "ticket", "comment", "document", "invitation", "subscription", "plan", "coupon", "warehouse", "supplier"}
)

func newVariedSchema(n int) *variedSchema {
	g := &variedSchema{catalog: &snapshot.Catalog{ServerVersionNum: 170002}, rng: rand.New(rand.NewPCG(1, 2))}
	c := g.catalog
	c.Schemas = []snapshot.Schema{{Name: "app", Common: snapshot.Common{Owner: "app"}}}
	for i := range n {
		g.addTable(fmt.Sprintf("%s_%s_%d", tableWords[i%len(tableWords)], tableWords[(i/len(tableWords))%len(tableWords)], i))
	}
	c.Sort()
	return g
}

func (g *variedSchema) current() *snapshot.Catalog { return g.catalog }

func (g *variedSchema) pick(words []string) string { return words[g.rng.IntN(len(words))] }

func (g *variedSchema) addTable(name string) {
	c, r := g.catalog, g.rng
	t := snapshot.Table{Schema: "app", Name: name, RelKind: "r", Common: snapshot.Common{Owner: "app"}}
	t.Columns = []snapshot.Column{{Name: "id", Type: "bigint", NotNull: true,
		Default: fmt.Sprintf("nextval('app.%s_id_seq'::regclass)", name)}}
	seen := map[string]bool{"id": true}
	for range 4 + r.IntN(14) {
		col := g.pick(columnWords)
		if seen[col] {
			continue
		}
		seen[col] = true
		column := snapshot.Column{Name: col, Type: g.pick(columnTypes), NotNull: r.IntN(3) == 0}
		if r.IntN(5) == 0 {
			column.Default = map[bool]string{true: "now()", false: "0"}[column.Type == "timestamp with time zone"]
		}
		t.Columns = append(t.Columns, column)
	}
	if r.IntN(4) == 0 {
		t.Comment = fmt.Sprintf("Holds the %s records of the %s service.", name, g.pick(tableWords))
	}
	if r.IntN(3) == 0 {
		t.ACL = []snapshot.ACLItem{{Grantee: "app", Grantor: "app", Privileges: "arwdDxtm"},
			{Grantee: "reporting", Grantor: "app", Privileges: "r"}}
	}
	c.Tables = append(c.Tables, t)
	c.Constraints = append(c.Constraints, snapshot.Constraint{Schema: "app", Table: name, Name: name + "_pkey", Type: "p",
		Definition: "PRIMARY KEY (id)"})
	for k, col := range t.Columns[1:] {
		if k < 3 && r.IntN(3) == 0 {
			c.Indexes = append(c.Indexes, snapshot.Index{Schema: "app", Table: name, Name: name + "_" + col.Name + "_idx",
				Definition: fmt.Sprintf("CREATE INDEX %s_%s_idx ON app.%s USING btree (%s)", name, col.Name, name, col.Name)})
		}
	}
	if len(c.Tables) > 1 && r.IntN(2) == 0 {
		other := c.Tables[r.IntN(len(c.Tables)-1)].Name
		c.Constraints = append(c.Constraints, snapshot.Constraint{Schema: "app", Table: name, Name: name + "_ref_fkey", Type: "f",
			Definition: fmt.Sprintf("FOREIGN KEY (id) REFERENCES app.%s(id) ON DELETE CASCADE", other)})
		c.Dependencies = append(c.Dependencies, snapshot.Dependency{
			From: snapshot.ObjectID{Kind: snapshot.KindConstraint, Schema: "app", Table: name, Name: name + "_ref_fkey"},
			To:   snapshot.ObjectID{Kind: snapshot.KindTable, Schema: "app", Name: other}, Type: "n"})
	}
}

// day: a column added to one table, a type changed in another, an index
// added, and every third day a new table.
func (g *variedSchema) day(d int) {
	c := g.catalog
	grow := &c.Tables[g.rng.IntN(len(c.Tables))]
	grow.Columns = append(slices.Clip(grow.Columns), snapshot.Column{Name: fmt.Sprintf("added_%d", d), Type: g.pick(columnTypes)})
	retype := &c.Tables[g.rng.IntN(len(c.Tables))]
	retype.Columns = slices.Clone(retype.Columns)
	retype.Columns[0].Type = map[bool]string{true: "integer", false: "bigint"}[retype.Columns[0].Type == "bigint"]
	indexed := c.Tables[g.rng.IntN(len(c.Tables))]
	c.Indexes = append(slices.Clip(c.Indexes), snapshot.Index{Schema: "app", Table: indexed.Name, Name: fmt.Sprintf("%s_day_%d_idx", indexed.Name, d),
		Definition: fmt.Sprintf("CREATE INDEX %s_day_%d_idx ON app.%s USING btree (id)", indexed.Name, d, indexed.Name)})
	if d%3 == 0 {
		g.addTable(fmt.Sprintf("new_%s_%d", g.pick(tableWords), d))
	}
	c.Sort()
}
