package diffengine

import (
	"reflect"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestInitialACL checks how default privileges combine, as
// get_user_default_acl does (verified on PostgreSQL 15 and 17): the
// owner's global entry replaces the built-in default, the schema's entry
// is added on top, and other roles' entries do not count.
func TestInitialACL(t *testing.T) {
	item := func(grantee, privs string) snapshot.ACLItem {
		return snapshot.ACLItem{Grantee: grantee, Grantor: "o", Privileges: privs}
	}
	c := &snapshot.Catalog{ServerVersionNum: 150000, DefaultPrivileges: []snapshot.DefaultPrivilege{
		{Role: "o", ObjectType: "f", ACL: []snapshot.ACLItem{item("o", "X")}}, // REVOKE EXECUTE … FROM PUBLIC
		{Role: "o", Schema: "app", ObjectType: "f", ACL: []snapshot.ACLItem{item("r", "X")}},
		{Role: "o", Schema: "app", ObjectType: "r", ACL: []snapshot.ACLItem{item("r", "r"), item("o", "D")}},
		{Role: "other", ObjectType: "r", ACL: []snapshot.ACLItem{item("other", "r")}},
		{Role: "o", ObjectType: "n", ACL: []snapshot.ACLItem{item("o", "UC"), item("r", "U")}},
	}}
	p := &planner{from: c, to: c}
	cases := []struct {
		id   snapshot.ObjectID
		want []snapshot.ACLItem
	}{
		{snapshot.ObjectID{Kind: snapshot.KindFunction, Schema: "app", Name: "f"}, []snapshot.ACLItem{item("o", "X"), item("r", "X")}},
		{snapshot.ObjectID{Kind: snapshot.KindFunction, Schema: "other", Name: "f"}, []snapshot.ACLItem{item("o", "X")}},
		{snapshot.ObjectID{Kind: snapshot.KindTable, Schema: "app", Name: "t"}, []snapshot.ACLItem{item("o", "arwdDxt"), item("r", "r")}},
		{snapshot.ObjectID{Kind: snapshot.KindView, Schema: "public", Name: "v"}, []snapshot.ACLItem{item("o", "arwdDxt")}},
		{snapshot.ObjectID{Kind: snapshot.KindSchema, Name: "app"}, []snapshot.ACLItem{item("o", "UC"), item("r", "U")}},
		{snapshot.ObjectID{Kind: snapshot.KindEnum, Schema: "app", Name: "e"}, []snapshot.ACLItem{item("", "U"), item("o", "U")}},
	}
	for _, tc := range cases {
		if got := p.initialACL(c, tc.id, "o"); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %+v, want %+v", tc.id, got, tc.want)
		}
	}
}
