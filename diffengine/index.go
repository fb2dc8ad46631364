package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var indexRules = &rules[snapshot.Index]{
	objectKind: snapshot.KindIndex,
	list:       func(c *snapshot.Catalog) []snapshot.Index { return c.Indexes },
	equal:      equalIndex,
	// Constraint indexes come with their constraint; a partition's index
	// comes with its parent's (CREATE INDEX on a partitioned table builds one
	// on every partition, and a new partition gets one too).
	skip: func(ix snapshot.Index) bool { return ix.Constraint != "" || ix.PartitionOf != nil },
	create: plain(func(p *planner, ix snapshot.Index) []Statement {
		if p.indexAdopted(p.from, ix) {
			return commentOnCreate("INDEX "+qualified(ix.Schema, ix.Name), ix.Comment) // DETACH leaves it
		}
		var out []Statement
		if concurrent, ok := createIndexConcurrently(ix, ix.Name); ok && p.concurrentIndex(ix) {
			out = concurrent // online.go
		} else if partitioned, ok := p.createPartitionedIndexOnline(ix); ok {
			out = partitioned // online_partitioned.go
		} else {
			// pg_get_indexdef says ON ONLY for a partitioned table's index, which
			// would leave the partitions without theirs.
			def := strings.Replace(ix.Definition, " ON ONLY ", " ON ", 1)
			out = []Statement{stmt(ActionCreate, def)}
		}
		out = append(out, indexSettings(ix, snapshot.Index{})...)
		return append(out, commentOnCreate("INDEX "+qualified(ix.Schema, ix.Name), ix.Comment)...)
	}),
	drop: plain(func(p *planner, ix snapshot.Index) []Statement {
		if p.relationDropped(ix.Schema, ix.Table) || p.indexAdopted(p.to, ix) {
			return nil // ATTACH adopts an adopted one
		}
		if p.concurrentIndex(ix) {
			return []Statement{dropIndexConcurrently(ix)}
		}
		return []Statement{stmt(ActionDrop, "DROP INDEX "+qualified(ix.Schema, ix.Name))}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Index) ([]Statement, bool) {
		// An INVALID index (a concurrent build that failed) is built again:
		// it holds nothing a query can use, nor does it enforce uniqueness.
		// Online plans swap a re-created index in place later
		// (swapChangedIndexes); storage parameters alone change in place
		// (index_options.go).
		if from.Unique != to.Unique || from.Invalid && !to.Invalid {
			return nil, true
		}
		var out []Statement
		if from.Definition != to.Definition {
			changed, ok := p.indexStorageChange(to.Schema, to.Table, to.Name, from.Definition, to.Definition)
			if !ok {
				return nil, true
			}
			out = changed
		}
		out = append(out, indexSettings(to, from)...)
		return append(out, commentChange("INDEX "+qualified(to.Schema, to.Name), from.Comment, to.Comment)...), false
	}),
}

// indexSettings returns the table settings that name the index: CLUSTER ON
// and REPLICA IDENTITY USING INDEX.
func indexSettings(to, from snapshot.Index) []Statement {
	table := "ALTER TABLE " + qualified(to.Schema, to.Table)
	var out []Statement
	if to.Clustered && !from.Clustered {
		out = append(out, stmt(ActionAlter, table+" CLUSTER ON "+ident(to.Name)))
	} else if from.Clustered && !to.Clustered {
		out = append(out, stmt(ActionAlter, table+" SET WITHOUT CLUSTER"))
	}
	if to.ReplicaIdentity && !from.ReplicaIdentity {
		out = append(out, stmt(ActionAlter, table+" REPLICA IDENTITY USING INDEX "+ident(to.Name)))
	} else if from.ReplicaIdentity && !to.ReplicaIdentity {
		out = append(out, stmt(ActionAlter, table+" REPLICA IDENTITY DEFAULT"))
	}
	return out
}
