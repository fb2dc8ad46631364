package diffengine

import (
	"strconv"

	"github.com/pgstrata/pgstrata/snapshot"
)

// A column's counter is the sequence that hands out its values: its
// identity sequence, or the sequence a serial column owns (OWNED BY) and
// calls in its default. When a column changes the kind of its counter
// (serial ↔ identity) or its identity sequence's name, the counter must go
// on where it stood: the next row gets the value it would have got before.
//
// The catalog holds no sequence values, so the plan reads the old sequence
// at run time: `SELECT setval(new, last_value, is_called) FROM old`, which
// keeps the next value exactly (max(column)+1 would hand out again values
// whose rows were deleted, and ignore is_called). Where the new sequence
// takes the old one's name (a serial t_id_seq becoming an identity whose
// implicit sequence is t_id_seq too), the old one is first renamed aside.
// An identity sequence that only changes its name is renamed in place.

// counterAside is the name a counter's old sequence takes while its
// successor is created under its name.
func counterAside(name string) string {
	const suffix = "__pgstrata_old"
	return clipName(name, maxNameBytes-len(suffix)) + suffix
}

// ownedCounter returns the sequence of c that column ref owns and that the
// other catalog does not have: a serial's counter that comes or goes with
// the column's identity.
func (p *planner) ownedCounter(c *snapshot.Catalog, ref snapshot.ColumnRef) (snapshot.Sequence, bool) {
	other := p.to
	if c == p.to {
		other = p.from
	}
	for _, s := range c.Sequences {
		if s.OwnedBy != nil && *s.OwnedBy == ref && !p.existsIn(other, s.ID()) {
			return s, true
		}
	}
	return snapshot.Sequence{}, false
}

// serialBecomesIdentity reports whether s is the serial counter of a column
// that becomes an identity column in place: the column's plan carries the
// value over and drops s itself (see carryFromSerial).
func (p *planner) serialBecomesIdentity(s snapshot.Sequence) bool {
	if s.OwnedBy == nil {
		return false
	}
	ref := *s.OwnedBy
	now, _, ok := p.findTargetColumn(ref)
	if !ok || now.Details.OrZero().Identity == nil || p.relationDropped(ref.Schema, ref.Table) {
		return false
	}
	if before, ok := p.sourceColumn(snapshot.ColumnID(ref.Schema, ref.Table, ref.Column)); !ok || before.Details.OrZero().Identity != nil {
		return false
	}
	counter, ok := p.ownedCounter(p.from, ref)
	return ok && counter.ID() == s.ID()
}

// setvalFrom copies a counter's position from one sequence to another.
func setvalFrom(to, from snapshot.QualifiedName) Statement {
	return stmt(ActionAlter, "SELECT pg_catalog.setval("+literal(qualified(to.Schema, to.Name))+", last_value, is_called) FROM "+
		qualified(from.Schema, from.Name))
}

// carryFromSerial surrounds the ADD GENERATED … AS IDENTITY of column c
// (statement add) with what moves its serial counter, if any, into the new
// identity sequence: before, the old sequence renamed aside when the
// identity takes its name; after, its position copied and the old sequence
// dropped. (The column's DROP DEFAULT has released it already.)
func (p *planner) carryFromSerial(t snapshot.Table, c snapshot.Column, add Statement) planned {
	ref := snapshot.ColumnRef{Schema: t.Schema, Table: t.Name, Column: c.Name}
	identity := c.Details.Identity.Sequence
	var out planned
	out.before(afterSequenceDrop(ref, identity))
	old, ok := p.ownedCounter(p.from, ref)
	if !ok {
		out.add(add, counterPastRows(t, c))
		return out
	}
	source := snapshot.QualifiedName{Schema: old.Schema, Name: old.Name}
	if source == identity {
		source.Name = counterAside(old.Name)
		out.add(stmt(ActionAlter, "ALTER SEQUENCE "+qualified(old.Schema, old.Name)+" RENAME TO "+ident(source.Name)))
	}
	out.add(add, setvalFrom(identity, source), stmt(ActionDrop, "DROP SEQUENCE "+qualified(source.Schema, source.Name)))
	return out
}

// counterPastRows moves a new identity on a column without a counter past
// the values its rows hold already, as a DBA would, so that the next row
// does not collide with them: setval to max(column) (min for a descending
// sequence), unless the table is empty or the sequence starts past them.
func counterPastRows(t snapshot.Table, c snapshot.Column) Statement {
	id := c.Details.Identity
	agg, cmp := "max", ">="
	if id.Increment < 0 {
		agg, cmp = "min", "<="
	}
	return stmt(ActionAlter, "SELECT pg_catalog.setval("+literal(qualified(id.Sequence.Schema, id.Sequence.Name))+", "+
		agg+"("+ident(c.Name)+")) FROM "+qualified(t.Schema, t.Name)+" HAVING "+agg+"("+ident(c.Name)+") "+cmp+" "+
		strconv.FormatInt(id.Start, 10))
}

// carryIntoSerial returns what comes before the DROP IDENTITY of column c
// (whose identity sequence is identity) when the target gives it a new
// serial counter: the new sequence's position copied from the identity's.
// When the serial takes the identity sequence's name, the identity
// sequence is renamed aside in a step of its own, before the serial's is
// created; DROP IDENTITY drops it under either name.
func (p *planner) carryIntoSerial(t snapshot.Table, c snapshot.Column, identity snapshot.QualifiedName) planned {
	ref := snapshot.ColumnRef{Schema: t.Schema, Table: t.Name, Column: c.Name}
	serial, ok := p.ownedCounter(p.to, ref)
	target := snapshot.QualifiedName{Schema: serial.Schema, Name: serial.Name}
	var out planned
	if !ok || target != identity {
		out.before(beforeSequenceCreate(ref, identity))
	}
	if !ok {
		return out
	}
	source := identity
	if target == identity {
		source.Name = counterAside(identity.Name)
		release := snapshot.ColumnID(t.Schema, t.Name, c.Name)
		release.Args = "release counter"
		rename := stmt(ActionAlter, "ALTER SEQUENCE "+qualified(identity.Schema, identity.Name)+" RENAME TO "+ident(source.Name))
		rename.ID = snapshot.ColumnID(t.Schema, t.Name, c.Name)
		out.addTo(dropping(release), rename)
		out.before(dropping(release), creating(serial.ID()))
	}
	out.add(setvalFrom(target, source))
	return out
}

// renameIdentitySequence gives column c's identity sequence its new name
// (and schema), keeping its position.
func (p *planner) renameIdentitySequence(t snapshot.Table, c snapshot.Column, from, to snapshot.QualifiedName) planned {
	ref := snapshot.ColumnRef{Schema: t.Schema, Table: t.Name, Column: c.Name}
	var out planned
	out.before(afterSequenceDrop(ref, to))
	out.before(beforeSequenceCreate(ref, from))
	if from.Schema != to.Schema {
		out.add(stmt(ActionAlter, "ALTER SEQUENCE "+qualified(from.Schema, from.Name)+" SET SCHEMA "+ident(to.Schema)))
	}
	if from.Name != to.Name {
		out.add(stmt(ActionAlter, "ALTER SEQUENCE "+qualified(to.Schema, from.Name)+" RENAME TO "+ident(to.Name)))
	}
	return out
}

// afterSequenceDrop orders the column's step after the drop of a sequence
// named name, if the plan drops one: the column's identity takes the name.
func afterSequenceDrop(ref snapshot.ColumnRef, name snapshot.QualifiedName) (first, then stepKey) {
	seq := snapshot.ObjectID{Kind: snapshot.KindSequence, Schema: name.Schema, Name: name.Name}
	return dropping(seq), creating(snapshot.ColumnID(ref.Schema, ref.Table, ref.Column))
}

// beforeSequenceCreate orders the column's step before the creation of a
// sequence named name, if the plan creates one: the column's identity
// sequence gives the name up.
func beforeSequenceCreate(ref snapshot.ColumnRef, name snapshot.QualifiedName) (first, then stepKey) {
	seq := snapshot.ObjectID{Kind: snapshot.KindSequence, Schema: name.Schema, Name: name.Name}
	return creating(snapshot.ColumnID(ref.Schema, ref.Table, ref.Column)), creating(seq)
}

// identityOptionsRetyped returns an identity's sequence options as ALTER
// COLUMN … TYPE leaves them: the sequence takes the new type, and a bound
// that was the old type's limit becomes the new type's.
func identityOptionsRetyped(o snapshot.SequenceOptions, dataType string) snapshot.SequenceOptions {
	oldLimits, ok1 := sequenceTypeLimits[o.DataType]
	newLimits, ok2 := sequenceTypeLimits[dataType]
	if !ok1 || !ok2 || o.DataType == dataType {
		return o
	}
	o.DataType = dataType
	if o.Max == oldLimits[1] {
		o.Max = newLimits[1]
	}
	if o.Min == oldLimits[0] {
		o.Min = newLimits[0]
	}
	return o
}

// identityDefaults are the options an identity sequence of o's type and
// direction gets when its clause names none (those printed are the others).
func identityDefaults(o snapshot.SequenceOptions) snapshot.SequenceOptions {
	limits, ok := sequenceTypeLimits[o.DataType]
	if !ok {
		limits = sequenceTypeLimits["bigint"]
	}
	if o.Increment < 0 {
		return snapshot.SequenceOptions{DataType: o.DataType, Start: -1, Increment: 1, Min: limits[0], Max: -1, Cache: 1}
	}
	return snapshot.SequenceOptions{DataType: o.DataType, Start: 1, Increment: 1, Min: 1, Max: limits[1], Cache: 1}
}

// sequenceTypeLimits are the bounds of the types a sequence can have.
var sequenceTypeLimits = map[string][2]int64{
	"smallint": {-1 << 15, 1<<15 - 1},
	"integer":  {-1 << 31, 1<<31 - 1},
	"bigint":   {-1 << 63, 1<<63 - 1},
}
