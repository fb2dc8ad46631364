package diffengine

import (
	"slices"
	"strconv"

	"github.com/pgstrata/pgstrata/snapshot"
)

// diffColumns plans a step per added, dropped or changed column of a table
// that exists on both sides. Columns have steps of their own so that, say, a
// view can be created after the column it selects is added.
func (p *planner) diffColumns(from, to snapshot.Table) planned {
	var out planned
	name := qualified(to.Schema, to.Name)
	alterTarget := "ALTER " + tableKeyword(to) + name
	old := map[string]snapshot.Column{}
	for _, c := range from.Columns {
		old[c.Name] = c
	}
	now := map[string]bool{}
	for _, c := range to.Columns {
		now[c.Name] = true
	}
	// NO INHERIT leaves the parent's columns behind as the child's own; those
	// the target does not have are dropped after it.
	leavesParent := false
	for _, q := range from.Inherits {
		leavesParent = leavesParent || !slices.Contains(to.Inherits, q)
	}
	for _, c := range from.Columns {
		if now[c.Name] || to.OfType != "" {
			// A typed table's columns follow its type (ALTER TYPE … CASCADE).
			continue
		}
		id := snapshot.ColumnID(to.Schema, to.Name, c.Name)
		drop := stmt(ActionDrop, alterTarget+" DROP COLUMN "+ident(c.Name), hazard(HazardDataLoss, "the column and its values go"))
		switch {
		case !c.Details.OrZero().InheritedOnly:
			out.addTo(dropping(id), drop)
		case leavesParent:
			out.addTo(creating(id), drop)
			out.before(inheritStep(to), creating(id))
		}
	}
	var previousAdded *snapshot.ObjectID
	for _, c := range to.Columns {
		id := snapshot.ColumnID(to.Schema, to.Name, c.Name)
		before, existed := old[c.Name]
		details := c.Details.OrZero()
		switch {
		case !existed && to.OfType == "" && (!details.InheritedOnly || to.PartitionOf == nil && !p.parentsProvide(keptParents(from, to), c.Name)):
			// ADD COLUMN appends: add new columns in the target's order. A new
			// parent (INHERIT) needs the child to have its columns first, even
			// those the child inherits only (planInheritance warns).
			out.before(creating(id), inheritStep(to))
			if previousAdded != nil {
				out.before(creating(*previousAdded), creating(id))
			}
			previousAdded = &id
			add := []Statement{stmt(ActionCreate, alterTarget+" ADD COLUMN "+columnDefinition(to, c))}
			add = append(add, columnSettings(alterTarget, c, snapshot.Column{})...)
			add = append(add, commentOnCreate("COLUMN "+name+"."+ident(c.Name), details.Comment)...)
			if p.opts.WithPrivileges {
				add = append(add, grantChanges(tableKeyword(to)+name, "("+ident(c.Name)+")", nil, details.ACL)...)
			}
			out.addTo(creating(id), add...)
		case existed && !equalColumns(before, c):
			if generated := details.Generated; before.Details.OrZero().Generated != generated || (generated != "" && before.Default != c.Default) {
				// A generation expression cannot be altered (before 17):
				// the column is dropped and added again.
				out.addTo(dropping(id), stmt(ActionDrop, alterTarget+" DROP COLUMN "+ident(c.Name),
					hazard(HazardDataLoss, "the generated column is dropped and added again with its new expression")))
				out.addTo(creating(id), stmt(ActionCreate, alterTarget+" ADD COLUMN "+columnDefinition(to, c)))
				out.breaks = append(out.breaks, id)
				continue
			}
			change := columnChanges(p, to, before, c)
			out.addTo(creating(id), change.stmts...)
			out.alongside(change)
		}
	}
	return out
}

// equalColumns reports whether a column needs no statement: inheritance
// aside, a and b are the same.
func equalColumns(a, b snapshot.Column) bool {
	if a.Name != b.Name || a.Type != b.Type || a.NotNull != b.NotNull || a.Default != b.Default {
		return false
	}
	if a.Details == nil && b.Details == nil {
		return true
	}
	x, y := a.Details.OrZero(), b.Details.OrZero()
	return slices.Equal(x.ACL, y.ACL) && x.Generated == y.Generated && sameIdentity(x.Identity, y.Identity) &&
		x.Collation == y.Collation && x.Storage == y.Storage && x.TypeStorage == y.TypeStorage && x.Compression == y.Compression &&
		sameInt(x.StatisticsTarget, y.StatisticsTarget) && slices.Equal(x.Options, y.Options) &&
		slices.Equal(x.ForeignOptions, y.ForeignOptions) && x.Comment == y.Comment
}

func sameIdentity(a, b *snapshot.Identity) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

// columnChanges returns the ALTER TABLE statements that turn column from
// into column to in place.
func columnChanges(p *planner, t snapshot.Table, from, to snapshot.Column) planned {
	name := qualified(t.Schema, t.Name)
	alterTarget := "ALTER " + tableKeyword(t) + name
	col := alterTarget + " ALTER COLUMN " + ident(to.Name)
	id := snapshot.ColumnID(t.Schema, t.Name, to.Name)
	var out planned
	add := func(sql string, hazards ...Hazard) { out.add(stmt(ActionAlter, sql, hazards...)) }
	// Copies, changed below as statements are planned.
	fromDetails, toDetails := from.Details.OrZero(), to.Details.OrZero()
	switch fromID, toID := fromDetails.Identity, toDetails.Identity; {
	case fromID != nil && toID != nil && fromID.Sequence != toID.Sequence:
		out.include(p.renameIdentitySequence(t, to, fromID.Sequence, toID.Sequence))
		renamed := *fromID
		renamed.Sequence = toID.Sequence
		fromDetails.Identity = &renamed
	case fromID != nil && toID == nil:
		// The column keeps its NOT NULL; a serial counter that takes over
		// starts where the identity stood (see counter.go).
		out.include(p.carryIntoSerial(t, to, fromID.Sequence))
		add(col + " DROP IDENTITY")
		fromDetails.Identity = nil
	}
	newType := !p.sameTypeMoved(from.Type, to.Type)
	typeChanges := newType || fromDetails.Collation != toDetails.Collation
	// A default that cannot be cast to the new type would make ALTER … TYPE
	// fail: drop it first and set the new one after.
	if from.Default != "" && toDetails.Generated == "" && (to.Default == "" || newType) {
		add(col + " DROP DEFAULT")
		from.Default = ""
	}
	if typeChanges {
		sql := col + " TYPE " + to.Type
		if toDetails.Collation != "" {
			sql += " COLLATE " + toDetails.Collation
		}
		if newType {
			sql += " USING " + p.conversion(ident(to.Name), from.Type, to.Type)
		}
		// A cast can fail or lose precision (type_change.go says which
		// do not), and every view on the column must be dropped first.
		out.add(typeChangeStatement(sql, from.Type, to.Type, newType))
		out.breaks = append(out.breaks, id)
	}
	if from.Default != to.Default && to.Default != "" && toDetails.Generated == "" {
		add(col + " SET DEFAULT " + to.Default)
	}
	// An identity can only be added to a NOT NULL column.
	if from.NotNull != to.NotNull {
		// Online, NOT NULL comes through a validated check (online_constraints.go);
		// not after a type change, which rewrites the table under lock anyway.
		online, ok := planned{}, false
		if to.NotNull && !typeChanges {
			online, ok = p.setNotNullOnline(t, to.Name)
		}
		if ok {
			out.include(online)
		} else {
			add(col + map[bool]string{true: " SET NOT NULL", false: " DROP NOT NULL"}[to.NotNull])
		}
	}
	if toIdentity := toDetails.Identity; toIdentity != nil {
		if fromDetails.Identity == nil {
			out.include(p.carryFromSerial(t, to, stmt(ActionAlter, col+identityAddClause(t, to))))
		} else {
			if fromDetails.Identity.Generated != toIdentity.Generated {
				add(col + " SET GENERATED " + map[string]string{"a": "ALWAYS", "d": "BY DEFAULT"}[toIdentity.Generated])
			}
			before := fromDetails.Identity.SequenceOptions
			if typeChanges {
				before = identityOptionsRetyped(before, toIdentity.DataType)
			}
			if opts := identitySetOptions(toIdentity.SequenceOptions, before); opts != "" {
				// As for a sequence (sequence.go): new bounds that exclude
				// the old start, standing in for the current value, restart it.
				if before.Start < toIdentity.Min || before.Start > toIdentity.Max {
					add(col+opts+" RESTART", restartHazard())
				} else {
					add(col + opts)
				}
			}
		}
	}
	out.add(columnSettings(alterTarget, to, from)...)
	// A foreign table column's options change in place. (Not in
	// columnSettings: a created column gets them in its definition.)
	if changes := genericOptionChanges(fromDetails.ForeignOptions, toDetails.ForeignOptions); changes != "" {
		add(col + " OPTIONS (" + changes + ")")
	}
	out.add(commentChange("COLUMN "+name+"."+ident(to.Name), fromDetails.Comment, toDetails.Comment)...)
	if p.opts.WithPrivileges {
		out.add(grantChanges(tableKeyword(t)+name, "("+ident(to.Name)+")", fromDetails.ACL, toDetails.ACL)...)
	}
	return out
}

func identityAddClause(t snapshot.Table, c snapshot.Column) string {
	return " ADD" + identityClause(t, c)
}

// columnSettings returns the per-column settings (storage, statistics,
// options, compression) of to that differ from from.
func columnSettings(alterTarget string, toColumn, fromColumn snapshot.Column) []Statement {
	col := alterTarget + " ALTER COLUMN " + ident(toColumn.Name)
	to, from := toColumn.Details.OrZero(), fromColumn.Details.OrZero()
	var out []Statement
	add := func(sql string) { out = append(out, stmt(ActionAlter, sql)) }
	if to.Storage != from.Storage {
		storage := to.Storage
		if storage == "" {
			storage = from.TypeStorage // back to the type's default
		}
		if name, ok := map[string]string{"p": "PLAIN", "e": "EXTERNAL", "m": "MAIN", "x": "EXTENDED"}[storage]; ok {
			add(col + " SET STORAGE " + name)
		}
	}
	if !sameInt(to.StatisticsTarget, from.StatisticsTarget) {
		target := -1 // back to the default
		if to.StatisticsTarget != nil {
			target = *to.StatisticsTarget
		}
		add(col + " SET STATISTICS " + strconv.Itoa(target))
	}
	out = append(out, storageOptionChanges(col, from.Options, to.Options)...)
	if to.Compression != from.Compression {
		method := map[string]string{"p": "pglz", "l": "lz4", "": "default"}[to.Compression]
		add(col + " SET COMPRESSION " + method)
	}
	return out
}

// identitySetOptions renders ALTER COLUMN … SET <option> clauses for the
// identity sequence options that changed.
func identitySetOptions(to, from snapshot.SequenceOptions) string {
	out := ""
	if to.Increment != from.Increment {
		out += " SET INCREMENT BY " + strconv.FormatInt(to.Increment, 10)
	}
	if to.Min != from.Min {
		out += " SET MINVALUE " + strconv.FormatInt(to.Min, 10)
	}
	if to.Max != from.Max {
		out += " SET MAXVALUE " + strconv.FormatInt(to.Max, 10)
	}
	if to.Start != from.Start {
		out += " SET START WITH " + strconv.FormatInt(to.Start, 10)
	}
	if to.Cache != from.Cache {
		out += " SET CACHE " + strconv.FormatInt(to.Cache, 10)
	}
	if to.Cycle != from.Cycle {
		out += map[bool]string{true: " SET CYCLE", false: " SET NO CYCLE"}[to.Cycle]
	}
	return out
}

// targetColumn finds a column of the target catalog by identity, with its
// table.
func (p *planner) targetColumn(id snapshot.ObjectID) (snapshot.Column, snapshot.Table, bool) {
	return p.findTargetColumn(snapshot.ColumnRef{Schema: id.Schema, Table: id.Table, Column: id.Name})
}

// columnInTarget reports whether the target catalog has this column.
func (p *planner) columnInTarget(ref snapshot.ColumnRef) bool {
	_, _, ok := p.findTargetColumn(ref)
	return ok
}

// findTargetColumn looks the table up by name, then scans its columns: an
// index of every column would cost far more to build than the few lookups
// a plan makes.
func (p *planner) findTargetColumn(ref snapshot.ColumnRef) (snapshot.Column, snapshot.Table, bool) {
	if p.targetTables == nil {
		p.targetTables = make(map[snapshot.QualifiedName]int, len(p.to.Tables))
		for i, t := range p.to.Tables {
			p.targetTables[snapshot.QualifiedName{Schema: t.Schema, Name: t.Name}] = i
		}
	}
	i, ok := p.targetTables[snapshot.QualifiedName{Schema: ref.Schema, Name: ref.Table}]
	if !ok {
		return snapshot.Column{}, snapshot.Table{}, false
	}
	t := p.to.Tables[i]
	for _, c := range t.Columns {
		if c.Name == ref.Column {
			return c, t, true
		}
	}
	return snapshot.Column{}, snapshot.Table{}, false
}

// inheritStep is the step that holds a table's INHERIT and NO INHERIT
// statements: it runs after the columns a new parent needs are added, and
// before the columns a former parent leaves behind are dropped.
func inheritStep(t snapshot.Table) stepKey {
	return creating(t.ID()).sub(partInherit)
}

// sameInt compares two optional numbers.
func sameInt(a, b *int) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}
