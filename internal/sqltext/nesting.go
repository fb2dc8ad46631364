package sqltext

import "strings"

// Text the server printed (a constraint's or an index's definition) read
// at its top level: outside parentheses, quoted identifiers and string
// literals. A doubled quote inside either closes and reopens it, which
// leaves the state right.

// IndexTopLevel returns the index of the first sep in s at its top level,
// or -1.
func IndexTopLevel(s, sep string) int {
	i, _ := scanTopLevel(s, func(rest string, depth int) bool { return depth == 0 && strings.HasPrefix(rest, sep) })
	return i
}

// CutParenthesized splits s, which starts with "(", after the parenthesis
// that closes the first: what they hold, and the rest. ok is false when s
// does not start with one or it is not closed.
func CutParenthesized(s string) (inner, rest string, ok bool) {
	if !strings.HasPrefix(s, "(") {
		return "", s, false
	}
	// The closing parenthesis is the first place back at depth 0.
	i, _ := scanTopLevel(s, func(rest string, depth int) bool { return depth == 0 && rest[0] == ')' })
	if i < 0 {
		return "", s, false
	}
	return s[1:i], s[i+1:], true
}

// scanTopLevel walks s outside quoted identifiers and string literals,
// calling stop at each byte with the rest of s and the depth of
// parentheses there (a closing parenthesis counts at the depth it
// returns to); it returns the first index where stop is true, or -1.
func scanTopLevel(s string, stop func(rest string, depth int) bool) (int, int) {
	depth := 0
	var quote byte
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
			continue
		case ch == '"' || ch == '\'':
			quote = ch
			continue
		case ch == '(':
			depth++
			continue
		case ch == ')':
			depth--
		}
		if stop(s[i:], depth) {
			return i, depth
		}
	}
	return -1, depth
}
