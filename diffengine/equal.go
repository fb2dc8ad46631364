package diffengine

import (
	"slices"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Comparing objects. rules.diff compares every object present on both sides;
// most kinds do it with reflect.DeepEqual, but tables (with their columns),
// indexes and constraints are most of a big catalog, and comparing them
// field by field is several times faster. TestEqualFunctionsSeeEveryField
// fails when a field is added to one of these types and not compared here.
// (Unlike DeepEqual, these treat a nil and an empty slice as equal, which is
// what they mean.)

func equalTable(a, b snapshot.Table) bool {
	return a.Schema == b.Schema && a.Name == b.Name && a.RelKind == b.RelKind && a.Unlogged == b.Unlogged &&
		a.PartitionKey == b.PartitionKey && equalPtr(a.PartitionOf, b.PartitionOf) && a.PartitionBound == b.PartitionBound &&
		slices.Equal(a.Inherits, b.Inherits) && a.OfType == b.OfType && slices.Equal(a.Options, b.Options) &&
		a.AccessMethod == b.AccessMethod && a.RowSecurity == b.RowSecurity && a.ForceRowSecurity == b.ForceRowSecurity &&
		a.ReplicaIdentity == b.ReplicaIdentity && a.ForeignServer == b.ForeignServer &&
		slices.Equal(a.ForeignOptions, b.ForeignOptions) && slices.EqualFunc(a.Columns, b.Columns, equalColumn) &&
		equalCommon(a.Common, b.Common)
}

func equalColumn(a, b snapshot.Column) bool {
	return a.Name == b.Name && a.Type == b.Type && a.NotNull == b.NotNull && a.Default == b.Default &&
		(a.Details == b.Details || equalColumnDetails(a.Details.OrZero(), b.Details.OrZero()))
}

func equalColumnDetails(a, b snapshot.ColumnDetails) bool {
	return a.Generated == b.Generated && equalPtr(a.Identity, b.Identity) && a.Collation == b.Collation &&
		a.Storage == b.Storage && a.TypeStorage == b.TypeStorage && a.Compression == b.Compression &&
		equalPtr(a.StatisticsTarget, b.StatisticsTarget) && slices.Equal(a.Options, b.Options) &&
		slices.Equal(a.ForeignOptions, b.ForeignOptions) && a.InheritedOnly == b.InheritedOnly &&
		a.InheritCount == b.InheritCount && a.Comment == b.Comment && slices.Equal(a.ACL, b.ACL)
}

func equalCommon(a, b snapshot.Common) bool {
	return a.Owner == b.Owner && a.Comment == b.Comment && slices.Equal(a.ACL, b.ACL)
}

// Index and Constraint are comparable apart from one pointer each: should
// either gain a slice, these stop compiling rather than go wrong.

func equalIndex(a, b snapshot.Index) bool {
	if !equalPtr(a.PartitionOf, b.PartitionOf) {
		return false
	}
	a.PartitionOf, b.PartitionOf = nil, nil
	return a == b
}

func equalConstraint(a, b snapshot.Constraint) bool {
	if !equalPtr(a.References, b.References) {
		return false
	}
	a.References, b.References = nil, nil
	return a == b
}

// equalPtr compares what two pointers point to; two nils are equal.
func equalPtr[T comparable](a, b *T) bool {
	return a == b || (a != nil && b != nil && *a == *b)
}
