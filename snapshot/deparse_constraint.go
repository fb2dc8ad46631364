package snapshot

import (
	"strings"

	"github.com/pgstrata/pgstrata/internal/sqltext"
)

// constraintDefinitionRow is what constraints.sql returns to build a
// definition from.
type constraintDefinitionRow struct {
	RelOID            uint32 `db:"conrelid"`
	Type              string `db:"type"`
	Attnums           string `db:"attnums"`            // conkey, "1 2"
	ReferencedAttnums string `db:"referenced_attnums"` // confkey
	ReferencedRelOID  uint32 `db:"confrelid"`
	MatchType         string `db:"match_type"`
	OnUpdate          string `db:"on_update"`
	OnDelete          string `db:"on_delete"`
	Deferrable        bool   `db:"deferrable"`
	InitiallyDeferred bool   `db:"initially_deferred"`
	NotValid          bool   `db:"not_valid"`
}

// Words pg_get_constraintdef prints for pg_constraint's one-letter codes.
var (
	foreignKeyMatch = map[string]string{"f": " MATCH FULL", "p": " MATCH PARTIAL", "s": ""}
	// An absent key is NO ACTION, which is not printed.
	foreignKeyAction = map[string]string{"r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}
)

// buildConstraintDefinition returns pg_get_constraintdef's text for a
// primary key, unique or foreign key constraint that constraints.sql
// found plain, given the index that enforces a key and the table a
// foreign key references; or false when it cannot: a UNIQUE NULLS NOT
// DISTINCT, or a column or table not among those read.
func (r *reader) buildConstraintDefinition(x *constraintDefinitionRow, index constraintIndex, referenced relationRef) (string, bool) {
	if r.serverDeparse {
		return "", false
	}
	keys, ok := parseVector[int16](x.Attnums)
	if !ok {
		return "", false
	}
	var b strings.Builder
	switch x.Type {
	case "p", "u":
		if x.Type == "p" {
			b.WriteString("PRIMARY KEY (")
		} else {
			b.WriteString("UNIQUE (")
		}
		if !r.writeColumnList(&b, x.RelOID, keys) {
			return "", false
		}
		b.WriteByte(')')
		indexKeys, ok := parseVector[int16](index.attnums)
		if !ok || index.name == "" || index.nullsNotDistinct || index.keyCount > len(indexKeys) {
			return "", false
		}
		if included := indexKeys[index.keyCount:]; len(included) > 0 {
			b.WriteString(" INCLUDE (")
			if !r.writeColumnList(&b, x.RelOID, included) {
				return "", false
			}
			b.WriteByte(')')
		}
	case "f":
		referencedKeys, ok := parseVector[int16](x.ReferencedAttnums)
		match, known := foreignKeyMatch[x.MatchType]
		if !ok || !known || referenced.quoted == "" {
			return "", false
		}
		b.WriteString("FOREIGN KEY (")
		if !r.writeColumnList(&b, x.RelOID, keys) {
			return "", false
		}
		b.WriteString(") REFERENCES ")
		b.WriteString(referenced.quoted)
		b.WriteByte('(')
		if !r.writeColumnList(&b, x.ReferencedRelOID, referencedKeys) {
			return "", false
		}
		b.WriteByte(')')
		b.WriteString(match)
		if action := foreignKeyAction[x.OnUpdate]; action != "" {
			b.WriteString(" ON UPDATE ")
			b.WriteString(action)
		}
		if action := foreignKeyAction[x.OnDelete]; action != "" {
			b.WriteString(" ON DELETE ")
			b.WriteString(action)
		}
	default:
		return "", false
	}
	if x.Deferrable {
		b.WriteString(" DEFERRABLE")
	}
	if x.InitiallyDeferred {
		b.WriteString(" INITIALLY DEFERRED")
	}
	if x.NotValid {
		b.WriteString(" NOT VALID")
	}
	return b.String(), true
}

// withIndexOptions adds the storage parameters of a key's or exclusion's
// index to its constraint's definition, where ADD CONSTRAINT takes them:
// after the columns and INCLUDE, before an exclusion's WHERE and the
// deferral. pg_get_constraintdef leaves them out, so that without this a
// plan would re-create the constraint without them.
func withIndexOptions(def, options string) string {
	if options == "" {
		return def
	}
	head, tail := def, ""
	for _, suffix := range []string{" NOT VALID", " INITIALLY DEFERRED", " DEFERRABLE"} {
		if strings.HasSuffix(head, suffix) {
			head, tail = head[:len(head)-len(suffix)], suffix+tail
		}
	}
	if i := sqltext.IndexTopLevel(head, " WHERE ("); i >= 0 {
		head, tail = head[:i], head[i:]+tail
	}
	return head + " WITH (" + options + ")" + tail
}
