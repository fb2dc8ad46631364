package diffengine

import (
	"github.com/pgstrata/pgstrata/snapshot"
)

// A table's own indexes and constraints survive ATTACH PARTITION and DETACH
// PARTITION under their names: ATTACH adopts an index or constraint that
// matches one of the parent's (it becomes the parent's partition copy), and
// DETACH leaves the partition's copies behind as the table's own. The rules
// skip a partition's copies (they come with the parent's), so without these
// checks a table becoming a partition would see its indexes dropped (ATTACH
// would then build new ones under names of its own choosing) and a detached
// partition would try to create indexes it still has.

// indexAdopted reports whether source index ix is kept by the plan as it
// is: it is the table's own and becomes, in the target, a partition's copy
// of the same definition (ATTACH takes it over), or the other way round
// (DETACH leaves it).
func (p *planner) indexAdopted(c *snapshot.Catalog, ix snapshot.Index) bool {
	other, ok := findByID(p, c, snapshot.KindIndex, c.Indexes, ix.ID())
	return ok && other.Constraint == "" && ix.Constraint == "" && (other.PartitionOf == nil) != (ix.PartitionOf == nil) &&
		other.Table == ix.Table && other.Definition == ix.Definition && other.Unique == ix.Unique
}

// constraintAdopted is indexAdopted for constraints: a partition's copy of
// its parent's constraint on one side, the table's own on the other, with
// the same definition.
func (p *planner) constraintAdopted(c *snapshot.Catalog, con snapshot.Constraint) bool {
	other, ok := findByID(p, c, snapshot.KindConstraint, c.Constraints, con.ID())
	if !ok || partitionCopy(other) == partitionCopy(con) {
		return false
	}
	other.InheritedOnly, other.InheritCount, other.Comment = con.InheritedOnly, con.InheritCount, con.Comment
	return equalConstraint(other, con)
}

// partitionCopy reports whether a constraint is a partition's (or
// child's) copy of its parent's, which the rules skip.
func partitionCopy(c snapshot.Constraint) bool { return c.InheritedOnly && c.InheritCount > 0 }
