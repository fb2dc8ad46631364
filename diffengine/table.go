package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var tableRules = &rules[snapshot.Table]{
	objectKind: snapshot.KindTable,
	extraKinds: []snapshot.Kind{snapshot.KindForeignTable},
	list:       func(c *snapshot.Catalog) []snapshot.Table { return c.Tables },
	equal:      equalTable,
	create:     createTable,
	drop: plain(func(p *planner, t snapshot.Table) []Statement {
		if t.PartitionOf != nil && p.relationDropped(t.PartitionOf.Schema, t.PartitionOf.Name) {
			return nil // dropping a partitioned table drops its partitions
		}
		keyword := "DROP TABLE "
		if t.RelKind == "f" {
			keyword = "DROP FOREIGN TABLE "
		}
		return []Statement{stmt(ActionDrop, keyword+qualified(t.Schema, t.Name), p.dropHazards(t.ID(), true)...)}
	}),
	alter: alterTable,
}

// tableKeyword is TABLE or FOREIGN TABLE, as ALTER and COMMENT ON want it.
func tableKeyword(t snapshot.Table) string {
	if t.RelKind == "f" {
		return "FOREIGN TABLE "
	}
	return "TABLE "
}

func createTable(p *planner, t snapshot.Table) planned {
	name := qualified(t.Schema, t.Name)
	var attach planned
	if t.PartitionOf != nil && t.PartitionKey == "" && p.partitionBuiltAlone(t) {
		attach = p.partitionAttach(t)
		t.PartitionOf = nil // a table of its own until attached (partition_create.go)
	}
	var b strings.Builder
	b.WriteString("CREATE ")
	if t.Unlogged {
		b.WriteString("UNLOGGED ")
	}
	if t.RelKind == "f" {
		b.WriteString("FOREIGN ")
	}
	b.WriteString("TABLE " + name)
	var defs []string
	for _, c := range t.Columns {
		if !c.Details.OrZero().InheritedOnly || t.PartitionOf == nil && len(t.Inherits) == 0 {
			defs = append(defs, columnDefinition(t, c))
		}
	}
	switch {
	case t.PartitionOf != nil:
		b.WriteString(" PARTITION OF " + qualified(t.PartitionOf.Schema, t.PartitionOf.Name) + " " + t.PartitionBound)
	case t.OfType != "":
		b.WriteString(" OF " + t.OfType)
	default:
		b.WriteString(" (")
		if len(defs) > 0 {
			b.WriteString("\n    " + strings.Join(defs, ",\n    ") + "\n")
		}
		b.WriteString(")")
	}
	if len(t.Inherits) > 0 {
		parents := make([]string, len(t.Inherits))
		for i, q := range t.Inherits {
			parents[i] = qualified(q.Schema, q.Name)
		}
		b.WriteString(" INHERITS (" + strings.Join(parents, ", ") + ")")
	}
	if t.PartitionKey != "" {
		b.WriteString(" PARTITION BY " + t.PartitionKey)
	}
	if t.AccessMethod != "" {
		b.WriteString(" USING " + ident(t.AccessMethod))
	}
	if len(t.Options) > 0 {
		b.WriteString(" WITH (" + storageOptionList(t.Options) + ")")
	}
	if t.RelKind == "f" {
		b.WriteString(" SERVER " + ident(t.ForeignServer))
		if len(t.ForeignOptions) > 0 {
			b.WriteString(" OPTIONS (" + genericOptions(t.ForeignOptions) + ")")
		}
	}
	out := only(stmt(ActionCreate, b.String()))
	out.include(attach)
	alterTarget := "ALTER " + tableKeyword(t) + name
	// Column privileges come after the table's own, which may REVOKE a
	// privilege the default privileges gave (taking it off every column).
	var columnGrants []Statement
	for _, c := range t.Columns {
		details := c.Details.OrZero()
		columnGrants = append(columnGrants, p.createdColumnGrants(t.ID(), tableKeyword(t)+name, c.Name, details.ACL)...)
		if t.OfType != "" || details.InheritedOnly && (t.PartitionOf != nil || len(t.Inherits) > 0) {
			// Inherited or typed columns exist already; only their local
			// settings need setting.
			local := details
			local.ACL = nil
			withoutGrants := c
			withoutGrants.Details = local.OrNil()
			out.include(columnChanges(p, t, p.inheritedColumn(t, c), withoutGrants))
			continue
		}
		out.add(columnSettings(alterTarget, c, snapshot.Column{})...)
		out.add(commentOnCreate("COLUMN "+name+"."+ident(c.Name), details.Comment)...)
	}
	// A new table starts with REPLICA IDENTITY DEFAULT; a foreign table
	// with NOTHING, which it cannot change.
	created := snapshot.Table{}
	if t.RelKind == "f" {
		created.ReplicaIdentity = "n"
	}
	out.add(tableSettings(alterTarget, created, t)...)
	out.add(commentOnCreate(tableKeyword(t)+name, t.Comment)...)
	out.add(p.ownerAndGrants(t.ID(), tableKeyword(t)+name, tableKeyword(t)+name, nil, t.Common)...)
	out.add(columnGrants...)
	return out
}

// inheritedColumn is what a column looks like right after CREATE TABLE
// gives it to a partition, child or typed table: type and collation as it
// has them, NOT NULL and the default from the parents (a typed table's
// have neither); nothing else is set. A generated or identity column comes
// as it is.
func (p *planner) inheritedColumn(t snapshot.Table, c snapshot.Column) snapshot.Column {
	d := c.Details.OrZero()
	inherited := snapshot.ColumnDetails{Collation: d.Collation, Generated: d.Generated, Identity: d.Identity,
		InheritedOnly: d.InheritedOnly, InheritCount: d.InheritCount}
	col := snapshot.Column{Name: c.Name, Type: c.Type, Details: inherited.OrNil()}
	if d.Generated != "" || d.Identity != nil {
		col.NotNull, col.Default = c.NotNull, c.Default
		return col
	}
	parents := t.Inherits
	if t.PartitionOf != nil {
		parents = []snapshot.QualifiedName{*t.PartitionOf}
	}
	for _, q := range parents {
		if pc, _, ok := p.findTargetColumn(snapshot.ColumnRef{Schema: q.Schema, Table: q.Name, Column: c.Name}); ok {
			col.NotNull = col.NotNull || pc.NotNull
			if col.Default == "" {
				col.Default = pc.Default
			}
		}
	}
	return col
}

// columnDefinition renders a column as CREATE TABLE and ADD COLUMN want it.
func columnDefinition(t snapshot.Table, c snapshot.Column) string {
	def := ident(c.Name) + " " + c.Type
	details := c.Details.OrZero()
	if details.Collation != "" {
		def += " COLLATE " + details.Collation
	}
	if len(details.ForeignOptions) > 0 {
		def += " OPTIONS (" + genericOptions(details.ForeignOptions) + ")"
	}
	switch {
	case details.Generated == "s":
		def += " GENERATED ALWAYS AS (" + c.Default + ") STORED"
	case details.Generated == "v":
		def += " GENERATED ALWAYS AS (" + c.Default + ") VIRTUAL"
	case c.Default != "":
		def += " DEFAULT " + c.Default
	}
	if c.NotNull && details.Identity == nil {
		def += " NOT NULL"
	}
	if details.Identity != nil {
		def += identityClause(t, c)
	}
	return def
}

// identityClause renders the identity of column c, which must have one.
func identityClause(t snapshot.Table, c snapshot.Column) string {
	id := c.Details.Identity
	clause := " GENERATED BY DEFAULT AS IDENTITY"
	if id.Generated == "a" {
		clause = " GENERATED ALWAYS AS IDENTITY"
	}
	opts := "SEQUENCE NAME " + qualified(id.Sequence.Schema, id.Sequence.Name)
	defaults := identityDefaults(id.SequenceOptions)
	if rest := strings.TrimSpace(sequenceOptions(id.SequenceOptions, &defaults)); rest != "" {
		opts += " " + rest
	}
	return clause + " (" + opts + ")"
}

// storageOptionChanges returns the statements that turn the storage
// parameters ("key=value") of what alter names from from into to: RESET of
// the keys to lacks, then SET of all of to's; none when they are equal.
func storageOptionChanges(alter string, from, to []string) []Statement {
	if slices.Equal(from, to) {
		return nil
	}
	var out []Statement
	if reset := optionKeysRemoved(from, to); len(reset) > 0 {
		out = append(out, stmt(ActionAlter, alter+" RESET ("+strings.Join(reset, ", ")+")"))
	}
	if len(to) > 0 {
		out = append(out, stmt(ActionAlter, alter+" SET ("+storageOptionList(to)+")"))
	}
	return out
}

// storageOptionList renders "key=value" storage parameters for WITH (…).
// Their names stay bare: a parameter name is a keyword of a fixed list, and
// a qualified one such as toast.autovacuum_enabled would not survive being
// quoted as one identifier. Generic (FDW) options are another matter: their
// names are identifiers that may need quoting, see genericOptions.
func storageOptionList(options []string) string {
	parts := make([]string, len(options))
	for i, o := range options {
		key, value, _ := strings.Cut(o, "=")
		parts[i] = key + "=" + literal(value)
	}
	return strings.Join(parts, ", ")
}

// tableSettings returns what ALTER TABLE must change besides columns.
func tableSettings(alterTarget string, from, to snapshot.Table) []Statement {
	var out []Statement
	add := func(sql string) { out = append(out, stmt(ActionAlter, alterTarget+" "+sql)) }
	if from.RowSecurity != to.RowSecurity {
		add(map[bool]string{true: "ENABLE", false: "DISABLE"}[to.RowSecurity] + " ROW LEVEL SECURITY")
	}
	if from.ForceRowSecurity != to.ForceRowSecurity {
		add(map[bool]string{true: "FORCE", false: "NO FORCE"}[to.ForceRowSecurity] + " ROW LEVEL SECURITY")
	}
	if from.ReplicaIdentity != to.ReplicaIdentity && to.ReplicaIdentity != "i" {
		add("REPLICA IDENTITY " + map[string]string{"": "DEFAULT", "n": "NOTHING", "f": "FULL"}[to.ReplicaIdentity])
	}
	return out
}

func alterTable(p *planner, from, to snapshot.Table) (planned, bool) {
	var out planned
	if from.RelKind != to.RelKind || from.PartitionKey != to.PartitionKey || from.OfType != to.OfType ||
		from.AccessMethod != to.AccessMethod || from.ForeignServer != to.ForeignServer {
		return out, true
	}
	name := qualified(to.Schema, to.Name)
	alterTarget := "ALTER " + tableKeyword(to) + name
	// A partition moves or changes its bounds by DETACH and ATTACH, which
	// keep its rows (ATTACH checks them against the new bounds).
	if from.PartitionBound != to.PartitionBound || !sameName(from.PartitionOf, to.PartitionOf) {
		if from.PartitionOf != nil {
			out.add(stmt(ActionAlter, "ALTER TABLE "+qualified(from.PartitionOf.Schema, from.PartitionOf.Name)+" DETACH PARTITION "+name))
		}
		if to.PartitionOf != nil {
			out.add(stmt(ActionAlter, "ALTER TABLE "+qualified(to.PartitionOf.Schema, to.PartitionOf.Name)+" ATTACH PARTITION "+name+" "+to.PartitionBound))
		}
	}
	if from.Unlogged != to.Unlogged {
		out.include(planPersistence(to))
	}
	out.add(storageOptionChanges(alterTarget, from.Options, to.Options)...)
	// Foreign table options change in place, like a server's.
	if changes := genericOptionChanges(from.ForeignOptions, to.ForeignOptions); changes != "" {
		out.add(stmt(ActionAlter, alterTarget+" OPTIONS ("+changes+")"))
	}
	out.include(p.planInheritance(from, to))
	out.add(tableSettings(alterTarget, from, to)...)
	fromColumns := from
	fromColumns.Columns = p.columnsAfterTableGrants(from.Columns, from.Common, to.Common)
	out.include(p.diffColumns(fromColumns, to))
	out.add(commentChange(tableKeyword(to)+name, from.Comment, to.Comment)...)
	out.add(p.ownerAndGrants(to.ID(), tableKeyword(to)+name, tableKeyword(to)+name, &from.Common, to.Common)...)
	return out, false
}

func sameName(a, b *snapshot.QualifiedName) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

func optionKeysRemoved(from, to []string) []string {
	keys := map[string]bool{}
	for _, o := range to {
		k, _, _ := strings.Cut(o, "=")
		keys[k] = true
	}
	var out []string
	for _, o := range from {
		if k, _, _ := strings.Cut(o, "="); !keys[k] {
			out = append(out, k)
		}
	}
	return out
}
