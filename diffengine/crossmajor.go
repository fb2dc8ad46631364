package diffengine

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/internal/sqltext"
	"github.com/pgstrata/pgstrata/snapshot"
)

// Two catalogs read from servers of different majors describe the same
// schema in different words: each major deparses view queries, defaults and
// signatures its own way (16 stopped qualifying the columns of single-table
// views; 16 and 17 made json and system_user keywords, so format_type quotes
// them), and 17 added the MAINTAIN privilege to every table's default ACL.
// Compared as they are, identical schemas would plan rebuilds and GRANTs the
// older server rejects. alignMajors removes those differences before the
// comparison, and nothing else.
//
// It works on copies and never invents text: where a definition of the
// target means the same as the source's and differs only in such wording,
// the target's copy takes the source's text. The source's text was printed
// by the server the script runs on, so statements that re-create an
// unchanged object (a view rebuilt around a column change) use words that
// server understands; a real change is planned with the target's text.

// privilegeSince gives, for each privilege letter newer than PostgreSQL 12,
// the first server_version_num that knows it.
var privilegeSince = map[byte]int{'m': 170000}

// majorOf returns the major version of a server_version_num (150004 → 15).
func majorOf(versionNum int) int { return versionNum / 10000 }

// MajorsDiffer reports whether two catalogs come from different PostgreSQL
// majors, in which case Diff ignores differences in wording between them.
func MajorsDiffer(from, to *snapshot.Catalog) bool {
	return from.ServerVersionNum != 0 && to.ServerVersionNum != 0 &&
		majorOf(from.ServerVersionNum) != majorOf(to.ServerVersionNum)
}

// alignMajors returns copies of from and to with the differences that come
// only from their majors removed (see above), and notes on what it left
// alone that a reviewer should know; catalogs of one major are returned as
// they are.
func alignMajors(from, to *snapshot.Catalog) (*snapshot.Catalog, *snapshot.Catalog, []string) {
	if !MajorsDiffer(from, to) {
		return from, to, nil
	}
	from, to = copyCatalog(from), copyCatalog(to)
	// The copies' lists change below; edges held by number would follow
	// the originals' (and the renaming below works on identities).
	from.ExpandDependencies()
	to.ExpandDependencies()
	oldest := min(from.ServerVersionNum, to.ServerVersionNum)
	for _, c := range []*snapshot.Catalog{from, to} {
		stripNewPrivileges(reflect.ValueOf(c).Elem(), oldest)
	}
	var before []snapshot.ObjectID
	to.EachID(func(id snapshot.ObjectID) { before = append(before, id) })

	alignPublicSchema(from, to)
	alignMultiranges(from, to, oldest)
	alignSequencePersistence(from, to, oldest)
	notes := alignExtensionVersions(from, to)
	fromValue, toValue := reflect.ValueOf(from).Elem(), reflect.ValueOf(to).Elem()
	for f := 0; f < toValue.NumField(); f++ {
		list := toValue.Field(f)
		if list.Kind() != reflect.Slice || !list.Type().Elem().Implements(objectType) {
			continue
		}
		alignList(fromValue.Field(f), list)
	}

	// Identities may have taken the source's wording too (a function whose
	// argument type 17 quotes): the edges follow them.
	renamed := map[snapshot.ObjectID]snapshot.ObjectID{}
	i := 0
	to.EachID(func(id snapshot.ObjectID) {
		if before[i] != id {
			renamed[before[i]] = id
		}
		i++
	})
	if len(renamed) > 0 {
		for k := range to.Dependencies {
			d := &to.Dependencies[k]
			if id, ok := renamed[d.From]; ok {
				d.From = id
			}
			if id, ok := renamed[d.To]; ok {
				d.To = id
			}
		}
		to.Sort()
	}
	return from, to, notes
}

// alignMultiranges: a range type has a multirange type from PostgreSQL 14
// on; across 14 the target's takes the source's (none, or the one the source
// has), since the older side cannot say.
func alignMultiranges(from, to *snapshot.Catalog, oldest int) {
	if oldest >= 140000 {
		return
	}
	for i := range to.RangeTypes {
		b := &to.RangeTypes[i]
		if j := slices.IndexFunc(from.RangeTypes, func(r snapshot.RangeType) bool { return r.ID() == b.ID() }); j >= 0 {
			b.Multirange = from.RangeTypes[j].Multirange
		}
	}
}

// alignSequencePersistence: sequences can be unlogged from PostgreSQL 15
// on, where the sequence of a serial column of an unlogged table is
// unlogged too; before 15 every sequence is logged (and ALTER SEQUENCE …
// SET UNLOGGED does not exist). Across 15 the target's sequences take the
// source's persistence, since the older side cannot say.
func alignSequencePersistence(from, to *snapshot.Catalog, oldest int) {
	if oldest >= 150000 {
		return
	}
	for i := range to.Sequences {
		b := &to.Sequences[i]
		if j := slices.IndexFunc(from.Sequences, func(s snapshot.Sequence) bool { return s.ID() == b.ID() }); j >= 0 {
			b.Unlogged = from.Sequences[j].Unlogged
		} else if from.ServerVersionNum < 150000 {
			b.Unlogged = false // a new sequence: the source's server makes it logged
		}
	}
}

// alignExtensionVersions: each major ships its own versions of the contrib
// extensions, so CREATE EXTENSION citext gives 1.6 on 12 and 1.8 on 18.
// A version the source's server cannot update to is a difference of the
// majors, not of the schemas: the target takes the source's, and a note
// says so. A reachable one is planned as usual.
func alignExtensionVersions(from, to *snapshot.Catalog) []string {
	var notes []string
	for i := range to.Extensions {
		b := &to.Extensions[i]
		j := slices.IndexFunc(from.Extensions, func(e snapshot.Extension) bool { return e.Name == b.Name })
		if j < 0 {
			continue
		}
		a := from.Extensions[j]
		if a.Version != b.Version && a.UpdatesKnown && !slices.Contains(a.UpdateTargets, b.Version) {
			notes = append(notes, fmt.Sprintf("extension %s is version %s on the source (PostgreSQL %d) and %s on the target (PostgreSQL %d); "+
				"the source's server cannot update to %s, so the version is left as it is",
				a.Name, a.Version, majorOf(from.ServerVersionNum), b.Version, majorOf(to.ServerVersionNum), b.Version))
			b.Version, b.UpdateTargets, b.UpdatesKnown = a.Version, a.UpdateTargets, a.UpdatesKnown
		}
	}
	return notes
}

// alignPublicSchema: the public schema that initdb creates changed in 15,
// from owned by the bootstrap superuser with CREATE for everyone to owned by
// pg_database_owner with USAGE only. When each side's public schema is as
// its major creates it, the target's takes the source's owner and ACL.
func alignPublicSchema(from, to *snapshot.Catalog) {
	find := func(c *snapshot.Catalog) *snapshot.Schema {
		for i := range c.Schemas {
			if c.Schemas[i].Name == "public" {
				return &c.Schemas[i]
			}
		}
		return nil
	}
	a, b := find(from), find(to)
	if a != nil && b != nil && isInitialPublic(*a, from.ServerVersionNum) && isInitialPublic(*b, to.ServerVersionNum) {
		b.Owner, b.ACL = a.Owner, a.ACL
	}
}

// isInitialPublic reports whether the public schema s has the owner and
// privileges initdb gives it on a server of this version.
func isInitialPublic(s snapshot.Schema, versionNum int) bool {
	owner, public := s.Owner, "UC"
	if versionNum >= 150000 {
		if owner != "pg_database_owner" {
			return false
		}
		public = "U"
	}
	want := []snapshot.ACLItem{{Grantee: "", Grantor: owner, Privileges: public}, {Grantee: owner, Grantor: owner, Privileges: "UC"}}
	if len(s.ACL) != len(want) {
		return false
	}
	for _, item := range s.ACL {
		if !slices.ContainsFunc(want, func(w snapshot.ACLItem) bool { return w == item }) {
			return false
		}
	}
	return true
}

var (
	objectType   = reflect.TypeFor[snapshot.Object]()
	aclListType  = reflect.TypeFor[[]snapshot.ACLItem]()
	objectIDType = reflect.TypeFor[snapshot.ObjectID]()
)

// alignList pairs the objects of one kind by identity, spelled the same
// way on both sides, and aligns each pair.
func alignList(from, to reflect.Value) {
	byKey := make(map[snapshot.ObjectID]int, from.Len())
	for i := 0; i < from.Len(); i++ {
		byKey[wordingFreeID(from.Index(i).Interface().(snapshot.Object).ID())] = i
	}
	for i := 0; i < to.Len(); i++ {
		if j, ok := byKey[wordingFreeID(to.Index(i).Interface().(snapshot.Object).ID())]; ok {
			alignValue(from.Index(j), to.Index(i), "")
		}
	}
}

// wordingFreeID spells the parts of an identity that hold SQL (argument
// types, a cast's types) by the names they stand for, without quotes.
func wordingFreeID(id snapshot.ObjectID) snapshot.ObjectID {
	id.Args = tokenValues(id.Args)
	if id.Kind == snapshot.KindCast {
		id.Name = tokenValues(id.Name)
	}
	return id
}

func tokenValues(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	for _, t := range withoutDefaultArgModes(sqltext.Tokenize(s)) {
		if t.Kind == sqltext.TokenIdent {
			b.WriteString(t.Value)
		} else {
			b.WriteString(t.Text)
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// notSQL lists the string fields that hold names or free text, never SQL:
// they are compared as they are.
var notSQL = map[string]bool{
	"Name": true, "Schema": true, "Table": true, "Comment": true, "Owner": true, "Grantee": true,
	"Grantor": true, "Privileges": true, "GrantOptions": true, "Version": true, "Kind": true,
	"RelKind": true, "Role": true, "ObjectType": true, "Event": true, "Enabled": true,
	"Language": true, "Volatility": true, "Parallel": true, "Provider": true, "Locale": true,
	"Collate": true, "Ctype": true, "ICURules": true, "Storage": true, "TypeStorage": true,
	"Compression": true, "Generated": true, "ReplicaIdentity": true, "AccessMethod": true,
	"ForeignServer": true, "Wrapper": true, "Constraint": true, "Index": true, "Column": true,
}

// alignValue gives to the text of from wherever the two differ in wording
// only; field is the name of the struct field holding them.
func alignValue(from, to reflect.Value, field string) {
	switch to.Kind() {
	case reflect.String:
		if notSQL[field] {
			return
		}
		a, b := from.String(), to.String()
		if a != b && sameAcrossMajors(a, b) {
			to.SetString(a)
		}
	case reflect.Pointer:
		if !from.IsNil() && !to.IsNil() {
			alignValue(from.Elem(), to.Elem(), field)
		}
	case reflect.Struct:
		if to.Type() == objectIDType {
			return
		}
		for i := 0; i < to.NumField(); i++ {
			if sf := to.Type().Field(i); sf.IsExported() {
				alignValue(from.Field(i), to.Field(i), sf.Name)
			}
		}
	case reflect.Slice:
		alignElements(from, to)
	}
}

// alignElements pairs the elements of two lists of structs by their Name
// (columns), or by position when they have none and the lengths agree.
func alignElements(from, to reflect.Value) {
	elem := to.Type().Elem()
	if elem.Kind() != reflect.Struct || to.Type() == aclListType {
		return
	}
	if _, named := elem.FieldByName("Name"); named {
		byName := make(map[string]int, from.Len())
		for i := 0; i < from.Len(); i++ {
			byName[from.Index(i).FieldByName("Name").String()] = i
		}
		for i := 0; i < to.Len(); i++ {
			if j, ok := byName[to.Index(i).FieldByName("Name").String()]; ok {
				alignValue(from.Index(j), to.Index(i), "")
			}
		}
		return
	}
	if from.Len() == to.Len() {
		for i := 0; i < to.Len(); i++ {
			alignValue(from.Index(i), to.Index(i), "")
		}
	}
}

// stripNewPrivileges removes, from every ACL in v, the privileges that a
// server of version oldest does not have.
func stripNewPrivileges(v reflect.Value, oldest int) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			stripNewPrivileges(v.Elem(), oldest)
		}
	case reflect.Struct:
		if v.Type() == objectIDType {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				stripNewPrivileges(v.Field(i), oldest)
			}
		}
	case reflect.Slice:
		if v.Type() == aclListType {
			v.Set(reflect.ValueOf(stripACL(v.Interface().([]snapshot.ACLItem), oldest)))
			return
		}
		if k := v.Type().Elem().Kind(); k == reflect.Struct || k == reflect.Pointer {
			for i := 0; i < v.Len(); i++ {
				stripNewPrivileges(v.Index(i), oldest)
			}
		}
	}
}

func stripACL(acl []snapshot.ACLItem, oldest int) []snapshot.ACLItem {
	out := acl[:0]
	for _, item := range acl {
		for letter, since := range privilegeSince {
			if oldest < since {
				item.Privileges = strings.ReplaceAll(item.Privileges, string(letter), "")
				item.GrantOptions = strings.ReplaceAll(item.GrantOptions, string(letter), "")
			}
		}
		if item.Privileges != "" {
			out = append(out, item)
		}
	}
	return out
}

// sameAcrossMajors reports whether two definitions differ only in how a
// server prints them: white space, quotes around a name that needs none,
// and qualifiers ("t.id" for "id") that one major prints and the other
// leaves out where the name is unambiguous. Literals and dollar-quoted
// bodies are compared exactly.
func sameAcrossMajors(a, b string) bool {
	x, y := withoutDefaultArgModes(sqltext.Tokenize(a)), withoutDefaultArgModes(sqltext.Tokenize(b))
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case sameToken(x[i], y[j]):
			i, j = i+1, j+1
		case qualifierAt(x, i) && sameToken(x[i+2], y[j]):
			i += 2
		case qualifierAt(y, j) && sameToken(x[i], y[j+2]):
			j += 2
		default:
			return false
		}
	}
	return i == len(x) && j == len(y)
}

// withoutDefaultArgModes drops the IN that some majors print before a
// routine's arguments (PostgreSQL 12 and 13 write a procedure's
// "IN job_id integer" where later ones write "job_id integer"): the mode
// a routine argument has when none is given. It is an IN at the start of
// an argument: first, or after "(" or ",", and followed by a name.
func withoutDefaultArgModes(t []sqltext.Token) []sqltext.Token {
	out := t[:0:0]
	for i, tok := range t {
		if tok.Kind == sqltext.TokenIdent && tok.Text == "IN" && i+1 < len(t) && t[i+1].Kind == sqltext.TokenIdent &&
			(i == 0 || t[i-1].Text == "(" || t[i-1].Text == ",") {
			continue
		}
		out = append(out, tok)
	}
	return out
}

func sameToken(a, b sqltext.Token) bool {
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == sqltext.TokenIdent {
		return a.Value == b.Value
	}
	return a.Text == b.Text
}

// qualifierAt reports whether tokens i and i+1 are "name." before a name
// or "*".
func qualifierAt(t []sqltext.Token, i int) bool {
	return i+2 < len(t) && t[i].Kind == sqltext.TokenIdent && t[i+1].Text == "." &&
		(t[i+2].Kind == sqltext.TokenIdent || t[i+2].Text == "*")
}

// copyCatalog returns a copy of c that shares nothing mutable with it.
func copyCatalog(c *snapshot.Catalog) *snapshot.Catalog {
	return copyValue(reflect.ValueOf(c)).Interface().(*snapshot.Catalog)
}

// copyValue deep-copies a value of the model's types (structs, pointers,
// slices; strings are immutable and shared).
func copyValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type().Elem())
		n.Elem().Set(copyValue(v.Elem()))
		return n
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(n, v)
		if k := v.Type().Elem().Kind(); k == reflect.Struct || k == reflect.Pointer || k == reflect.Slice {
			for i := 0; i < v.Len(); i++ {
				n.Index(i).Set(copyValue(v.Index(i)))
			}
		}
		return n
	case reflect.Struct:
		n := reflect.New(v.Type()).Elem()
		n.Set(v)
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			switch v.Field(i).Kind() {
			case reflect.Pointer, reflect.Slice, reflect.Struct:
				n.Field(i).Set(copyValue(v.Field(i)))
			}
		}
		return n
	}
	return v
}
