package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// A new index on a partitioned table, online. CREATE INDEX CONCURRENTLY
// cannot build a partitioned table's index, and a plain CREATE INDEX on
// one blocks writes to every partition for the whole build. The online
// way: the parent's index created ON ONLY (an empty, invalid shell: no
// build), then each partition's index built concurrently and attached to
// it; once every partition's is attached, PostgreSQL marks the parent's
// valid. A partition that is itself partitioned gets the same, one level
// down, before it is attached.

// createPartitionedIndexOnline returns those statements for ix, an index
// of the target on a partitioned table; ok is false where the plain
// CREATE INDEX stays: not an online plan, a table the plan creates or
// rebuilds, a partition the plan creates, attaches or detaches, a
// partition without its index in the target (a foreign table), or a
// partition's index whose name the source already uses.
func (p *planner) createPartitionedIndexOnline(ix snapshot.Index) ([]Statement, bool) {
	if _, partitioned := p.onlineTable(ix.Schema, ix.Table, false); !partitioned {
		return nil, false
	}
	var out []Statement
	if !p.appendPartitionedIndex(&out, ix) {
		return nil, false
	}
	return out, true
}

// appendPartitionedIndex appends the statements that build ix, an index
// of a partitioned table, through its partitions' indexes.
func (p *planner) appendPartitionedIndex(out *[]Statement, ix snapshot.Index) bool {
	head := map[bool]string{false: "CREATE INDEX ", true: "CREATE UNIQUE INDEX "}[ix.Unique]
	rest, ok := strings.CutPrefix(ix.Definition, head+ident(ix.Name)+" ON ONLY ")
	if !ok {
		return false
	}
	shell := stmt(ActionCreate, head+"IF NOT EXISTS "+ident(ix.Name)+" ON ONLY "+rest)
	shell.ID = ix.ID()
	*out = append(*out, shell)
	tree := p.targetPartitions()
	children := tree.indexes[snapshot.QualifiedName{Schema: ix.Schema, Name: ix.Name}]
	if len(children) != len(tree.tables[snapshot.QualifiedName{Schema: ix.Schema, Name: ix.Table}]) {
		return false // a partition without the index: a foreign table
	}
	for _, name := range children {
		child, found := findByID(p, p.to, snapshot.KindIndex, p.to.Indexes, snapshot.ObjectID{Kind: snapshot.KindIndex, Schema: name.Schema, Name: name.Name})
		if !found || p.existsInSource(child.ID()) || !p.keptPartition(child.Schema, child.Table) {
			return false
		}
		if p.partitioned(snapshot.QualifiedName{Schema: child.Schema, Name: child.Table}) {
			if !p.appendPartitionedIndex(out, child) {
				return false
			}
		} else {
			build, ok := createIndexConcurrently(child, child.Name)
			if !ok {
				return false
			}
			for i := range build {
				build[i].ID = child.ID()
			}
			*out = append(*out, build...)
		}
		attach := stmt(ActionAlter, "ALTER INDEX "+qualified(ix.Schema, ix.Name)+" ATTACH PARTITION "+qualified(child.Schema, child.Name))
		attach.ID = child.ID()
		*out = append(*out, attach)
	}
	return true
}

// keptPartition reports whether a partition exists before the plan, stays
// a partition of the same parent, and is not re-created.
func (p *planner) keptPartition(schema, name string) bool {
	id := snapshot.ObjectID{Kind: snapshot.KindTable, Schema: schema, Name: name}
	if !p.keptRelation(id) {
		return false
	}
	from, ok1 := findByID(p, p.from, snapshot.KindTable, p.from.Tables, id)
	to, ok2 := findByID(p, p.to, snapshot.KindTable, p.to.Tables, id)
	return ok1 && ok2 && from.PartitionOf != nil && to.PartitionOf != nil && *from.PartitionOf == *to.PartitionOf
}

// partitionMaps maps each partitioned table of the target to its
// partitions (tables) and each partitioned index to its partitions'
// indexes (indexes), in the catalog's order.
type partitionMaps struct {
	tables, indexes map[snapshot.QualifiedName][]snapshot.QualifiedName
}

// targetPartitions returns the target's partitions, read from the catalog
// the first time a plan asks.
func (p *planner) targetPartitions() *partitionMaps {
	if p.partitions != nil {
		return p.partitions
	}
	m := &partitionMaps{tables: map[snapshot.QualifiedName][]snapshot.QualifiedName{}, indexes: map[snapshot.QualifiedName][]snapshot.QualifiedName{}}
	for _, t := range p.to.Tables {
		if t.PartitionOf != nil {
			m.tables[*t.PartitionOf] = append(m.tables[*t.PartitionOf], snapshot.QualifiedName{Schema: t.Schema, Name: t.Name})
		}
	}
	for _, ix := range p.to.Indexes {
		if ix.PartitionOf != nil {
			m.indexes[*ix.PartitionOf] = append(m.indexes[*ix.PartitionOf], snapshot.QualifiedName{Schema: ix.Schema, Name: ix.Name})
		}
	}
	p.partitions = m
	return m
}
