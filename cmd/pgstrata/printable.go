package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// printable escapes what a terminal would not show as text: control
// characters (a newline that starts a fake "digest: … OK" line, an escape
// sequence that retitles the window or hides text, a carriage return that
// overwrites a line), other non-printing runes (bidirectional overrides,
// zero-width and unusual spaces) and bytes that are not UTF-8. A snapshot
// file is input from anyone; every string from one that is printed as
// text goes through here. Escapes are Go's: \x1b, \u202e, \U000e0001.
func printable(s string) string {
	if isPrintable(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case printableRune(r):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
		i += size
	}
	return b.String()
}

func isPrintable(s string) bool {
	for _, r := range s {
		if !printableRune(r) || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// printableRune: letters, marks, numbers, punctuation, symbols and the
// ASCII space (unicode.IsPrint).
func printableRune(r rune) bool { return unicode.IsPrint(r) }

// escapeJSON escapes in JSON text what encoding/json leaves raw inside
// strings although a terminal would act on it or not show it: DEL, the C1
// controls (U+0080–U+009F, CSI among them) and other non-printing runes.
// It keeps the JSON's meaning (\uXXXX, surrogate pairs past U+FFFF); the
// only raw whitespace left is the indentation's.
func escapeJSON(js []byte) []byte {
	var b bytes.Buffer
	for len(js) > 0 {
		r, size := utf8.DecodeRune(js)
		switch {
		case r == '\n' || r == ' ' || printableRune(r) && r != utf8.RuneError:
			b.Write(js[:size])
		case r > 0xffff:
			r1, r2 := utf16Surrogates(r)
			fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
		default: // encoding/json turned invalid UTF-8 into U+FFFD already
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		js = js[size:]
	}
	return b.Bytes()
}

func utf16Surrogates(r rune) (rune, rune) {
	r -= 0x10000
	return 0xd800 + (r>>10)&0x3ff, 0xdc00 + r&0x3ff
}
