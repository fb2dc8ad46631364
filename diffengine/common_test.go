package diffengine

import (
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestGrantChanges checks the GRANT and REVOKE statements between two ACLs
// of one grantee whose name needs quoting, above all when privileges are
// revoked and grant options lost in the same change.
func TestGrantChanges(t *testing.T) {
	const role = `r "x"; --`
	acl := func(privs, options string) []snapshot.ACLItem {
		if privs == "" {
			return nil
		}
		return []snapshot.ACLItem{{Grantee: role, Grantor: "o", Privileges: privs, GrantOptions: options}}
	}
	for _, c := range []struct {
		name                string
		fromPrivs, fromOpts string
		toPrivs, toOpts     string
		want                []string
	}{
		{"grant", "", "", "U", "", []string{`GRANT USAGE ON T TO "r ""x""; --"`}},
		{"grant with option", "", "", "rU", "U", []string{
			`GRANT USAGE ON T TO "r ""x""; --" WITH GRANT OPTION`,
			`GRANT SELECT ON T TO "r ""x""; --"`,
		}},
		{"revoke", "rU", "", "U", "", []string{`REVOKE SELECT ON T FROM "r ""x""; --"`}},
		{"lose option", "U", "U", "U", "", []string{`REVOKE GRANT OPTION FOR USAGE ON T FROM "r ""x""; --"`}},
		// One privilege revoked, the one that stays loses its option.
		{"revoke and lose option", "rU", "rU", "U", "", []string{
			`REVOKE SELECT ON T FROM "r ""x""; --"`,
			`REVOKE GRANT OPTION FOR USAGE ON T FROM "r ""x""; --"`,
		}},
		{"revoke keeps other option", "rU", "rU", "U", "U", []string{`REVOKE SELECT ON T FROM "r ""x""; --"`}},
		{"revoke all", "rU", "rU", "", "", []string{`REVOKE SELECT, USAGE ON T FROM "r ""x""; --"`}},
	} {
		var got []string
		for _, s := range grantChanges("T", "", acl(c.fromPrivs, c.fromOpts), acl(c.toPrivs, c.toOpts)) {
			got = append(got, strings.TrimSuffix(s.SQL, ";"))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}
