package snapshot

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// parseACL turns aclitem texts ("grantee=privs/grantor", as PostgreSQL
// prints them) into ACLItems. Role names come quoted the way aclitemout
// quotes them: in double quotes, with inner quotes doubled, whenever they
// hold anything but letters, digits and underscores.
func parseACL(items []string) ([]ACLItem, error) {
	if len(items) == 0 {
		return nil, nil
	}
	out := make([]ACLItem, 0, len(items))
	for _, text := range items {
		item, err := parseACLItem(text)
		if err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	// The catalog keeps entries in the order the grants happened; two objects
	// with the same privileges must compare equal whatever that order was.
	slices.SortFunc(out, func(a, b ACLItem) int {
		return cmp.Or(strings.Compare(a.Grantee, b.Grantee), strings.Compare(a.Grantor, b.Grantor))
	})
	return out, nil
}

func parseACLItem(text string) (ACLItem, error) {
	var item ACLItem
	grantee, rest, err := readRoleName(text)
	if err != nil || !strings.HasPrefix(rest, "=") {
		return item, fmt.Errorf("malformed aclitem %q", text)
	}
	privs, grantorText, found := strings.Cut(rest[1:], "/")
	if !found {
		return item, fmt.Errorf("malformed aclitem %q", text)
	}
	grantor, tail, err := readRoleName(grantorText)
	if err != nil || tail != "" {
		return item, fmt.Errorf("malformed aclitem %q", text)
	}
	item.Grantee, item.Grantor = grantee, grantor
	var plain, options strings.Builder
	for i := 0; i < len(privs); i++ {
		plain.WriteByte(privs[i])
		if i+1 < len(privs) && privs[i+1] == '*' {
			options.WriteByte(privs[i])
			i++
		}
	}
	item.Privileges, item.GrantOptions = plain.String(), options.String()
	return item, nil
}

// readRoleName reads one possibly quoted role name from the start of s and
// returns it with the rest of s. An empty name (PUBLIC) is allowed.
func readRoleName(s string) (name, rest string, err error) {
	if !strings.HasPrefix(s, `"`) {
		end := strings.IndexAny(s, "=/")
		if end < 0 {
			return s, "", nil
		}
		return s[:end], s[end:], nil
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '"' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '"' {
			b.WriteByte('"')
			i++
			continue
		}
		return b.String(), s[i+1:], nil
	}
	return "", "", fmt.Errorf("unterminated quoted role name in %q", s)
}
