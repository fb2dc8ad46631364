package sqltext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind tells what a Token is.
type TokenKind int

// The kinds of tokens Tokenize returns.
const (
	TokenIdent    TokenKind = iota // a name, bare or double-quoted (and keywords)
	TokenString                    // a string constant: '…', E'…', U&'…', $tag$…$tag$, B'…', X'…'
	TokenNumber                    // a numeric constant
	TokenOperator                  // an operator: +, ::, <=, ~~*, …
	TokenPunct                     // ( ) [ ] , ; . :
)

// Token is one lexical token of SQL text. Whitespace and comments are not
// tokens.
type Token struct {
	Kind TokenKind
	// Text is the token as written, and Pos its byte offset in the input.
	Text string
	Pos  int
	// Value is, for an identifier, the name it stands for: a bare one
	// folded to lower case, a quoted one without its quotes. Two tokens
	// name the same thing when their Values are equal ("json" and json).
	Value string
}

// Tokenize splits SQL text into tokens the way PostgreSQL's lexer does,
// closely enough to compare two deparsed definitions: quoted identifiers,
// string constants of every form and dollar-quoted bodies are single tokens,
// so nothing inside them is ever read as SQL. It never fails: text it cannot
// make sense of becomes one-character operator tokens.
func Tokenize(s string) []Token {
	var out []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			i++
		case c == '-' && strings.HasPrefix(s[i:], "--"):
			end := strings.IndexByte(s[i:], '\n')
			if end < 0 {
				return out
			}
			i += end + 1
		case c == '/' && strings.HasPrefix(s[i:], "/*"):
			i = skipBlockComment(s, i)
		case c == '"':
			end := quotedEnd(s, i, '"')
			out = appendToken(out, i, Token{Kind: TokenIdent, Text: s[i:end], Value: strings.ReplaceAll(strings.Trim(s[i:end], `"`), `""`, `"`)})
			i = end
		case c == '\'':
			end := quotedEnd(s, i, '\'')
			out = appendToken(out, i, Token{Kind: TokenString, Text: s[i:end]})
			i = end
		case (c == 'E' || c == 'e') && i+1 < len(s) && s[i+1] == '\'':
			end := escapeStringEnd(s, i+1)
			out = appendToken(out, i, Token{Kind: TokenString, Text: s[i:end]})
			i = end
		case (c == 'B' || c == 'b' || c == 'X' || c == 'x' || c == 'N' || c == 'n') && i+1 < len(s) && s[i+1] == '\'':
			end := quotedEnd(s, i+1, '\'')
			out = appendToken(out, i, Token{Kind: TokenString, Text: s[i:end]})
			i = end
		case (c == 'U' || c == 'u') && strings.HasPrefix(s[i+1:], "&'"):
			end := quotedEnd(s, i+2, '\'')
			out = appendToken(out, i, Token{Kind: TokenString, Text: s[i:end]})
			i = end
		case c == '$' && dollarTagEnd(s, i) > 0:
			tagEnd := dollarTagEnd(s, i)
			tag := s[i:tagEnd]
			end := strings.Index(s[tagEnd:], tag)
			if end < 0 {
				end = len(s)
			} else {
				end += tagEnd + len(tag)
			}
			out = appendToken(out, i, Token{Kind: TokenString, Text: s[i:end]})
			i = end
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			end := i + 1
			for end < len(s) && (isIdentByte(s[end]) || s[end] == '.' ||
				(s[end] == '+' || s[end] == '-') && (s[end-1] == 'e' || s[end-1] == 'E')) {
				end++
			}
			out = appendToken(out, i, Token{Kind: TokenNumber, Text: s[i:end]})
			i = end
		case isIdentStart(s, i):
			end := i
			for end < len(s) && (isIdentByte(s[end]) || s[end] == '$' || s[end] >= utf8.RuneSelf) {
				end++
			}
			out = appendToken(out, i, Token{Kind: TokenIdent, Text: s[i:end], Value: strings.ToLower(s[i:end])})
			i = end
		case strings.IndexByte("()[],;.", c) >= 0:
			out = appendToken(out, i, Token{Kind: TokenPunct, Text: s[i : i+1]})
			i++
		case c == ':' && !strings.HasPrefix(s[i:], "::"):
			out = appendToken(out, i, Token{Kind: TokenPunct, Text: ":"})
			i++
		default:
			end := i + 1
			for end < len(s) && strings.IndexByte("+-*/<>=~!@#%^&|`?:", s[end]) >= 0 &&
				!strings.HasPrefix(s[end:], "--") && !strings.HasPrefix(s[end:], "/*") {
				end++
			}
			out = appendToken(out, i, Token{Kind: TokenOperator, Text: s[i:end]})
			i = end
		}
	}
	return out
}

func appendToken(out []Token, pos int, t Token) []Token {
	t.Pos = pos
	return append(out, t)
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isIdentStart(s string, i int) bool {
	c := s[i]
	if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		return true
	}
	if c < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || r == utf8.RuneError || r > unicode.MaxASCII
}

// quotedEnd returns the index after the closing quote of a token that
// opens with q at i, where a doubled quote stands for itself.
func quotedEnd(s string, i int, q byte) int {
	for j := i + 1; j < len(s); j++ {
		if s[j] == q {
			if j+1 < len(s) && s[j+1] == q {
				j++
				continue
			}
			return j + 1
		}
	}
	return len(s)
}

// escapeStringEnd is quotedEnd for E'…', where a backslash escapes too.
func escapeStringEnd(s string, i int) int {
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '\'':
			if j+1 < len(s) && s[j+1] == '\'' {
				j++
				continue
			}
			return j + 1
		}
	}
	return len(s)
}

// dollarTagEnd returns the index after a dollar-quote opening tag ($$ or
// $tag$) at i, or 0 if there is none ($1 is a parameter).
func dollarTagEnd(s string, i int) int {
	for j := i + 1; j < len(s); j++ {
		c := s[j]
		switch {
		case c == '$':
			return j + 1
		case c >= '0' && c <= '9':
			if j == i+1 {
				return 0
			}
		case isIdentByte(c) || c >= utf8.RuneSelf:
		default:
			return 0
		}
	}
	return 0
}

func skipBlockComment(s string, i int) int {
	depth := 0
	for j := i; j < len(s)-1; j++ {
		switch {
		case s[j] == '/' && s[j+1] == '*':
			depth++
			j++
		case s[j] == '*' && s[j+1] == '/':
			depth--
			j++
			if depth == 0 {
				return j + 1
			}
		}
	}
	return len(s)
}
