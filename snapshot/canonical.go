package snapshot

import (
	"strings"

	"github.com/pgstrata/pgstrata/internal/sqltext"
)

// Some expressions come back different once PostgreSQL's printed text is
// run again. The known case is an IN list over a varchar column:
//
//	status IN ('a', 'b')
//	prints as   ((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))
//	which runs back as ((status)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]))
//
// and then stays so. Both mean the same; compared as text they differ, so a
// constraint, index, policy or view created from the first form would be
// planned again on every diff. Canonicalize stores the settled
// form instead, for every catalog it reads or decodes: a diff then never
// sees the difference, and what a plan creates reads back as written.

// Canonicalize gives the catalog the one form pgstrata compares, whatever
// the server or file it came from: every expression in the form PostgreSQL
// settles on when its printed text is run again (see above), and an ICU
// collation's locale in Locale, where PostgreSQL 15 and later keep it
// (12 to 14 keep it in collcollate and collctype). It is idempotent.
func (c *Catalog) Canonicalize() {
	for i := range c.Collations {
		co := &c.Collations[i]
		if co.Provider == "i" && co.Locale == "" && co.Collate != "" && co.Collate == co.Ctype {
			co.Locale, co.Collate, co.Ctype = co.Collate, "", ""
		}
	}
	for i := range c.Constraints {
		canonicalize(&c.Constraints[i].Definition)
	}
	for i := range c.Indexes {
		canonicalize(&c.Indexes[i].Definition)
	}
	for i := range c.Domains {
		d := &c.Domains[i]
		canonicalize(&d.Default)
		for j := range d.Constraints {
			canonicalize(&d.Constraints[j].Definition)
		}
	}
	for i := range c.Tables {
		for j := range c.Tables[i].Columns {
			canonicalize(&c.Tables[i].Columns[j].Default)
		}
	}
	for i := range c.Views {
		canonicalize(&c.Views[i].Definition)
	}
	for i := range c.Policies {
		canonicalize(&c.Policies[i].Using)
		canonicalize(&c.Policies[i].WithCheck)
	}
	for i := range c.Triggers {
		canonicalize(&c.Triggers[i].Definition)
	}
	for i := range c.Rules {
		canonicalize(&c.Rules[i].Definition)
	}
	for i := range c.Functions {
		canonicalize(&c.Functions[i].Definition)
	}
	for i := range c.Publications {
		for j := range c.Publications[i].Tables {
			canonicalize(&c.Publications[i].Tables[j].RowFilter)
		}
	}
}

func canonicalize(s *string) {
	if strings.Contains(*s, "])::") {
		*s = canonicalArrayCasts(*s)
	}
}

// canonicalArrayCasts rewrites "(ARRAY[e1, e2])::T[]", where every element
// is a cast constant ('a'::character varying), into
// "ARRAY[(e1)::T, (e2)::T]".
func canonicalArrayCasts(s string) string {
	toks := sqltext.Tokenize(s)
	var b strings.Builder
	last := 0
	for i := 0; i < len(toks); i++ {
		elems, typ, end, ok := arrayCastAt(s, toks, i)
		if !ok {
			continue
		}
		b.WriteString(s[last:toks[i].Pos])
		b.WriteString("ARRAY[")
		for k, e := range elems {
			if k > 0 {
				b.WriteString(", ")
			}
			b.WriteString("(" + e + ")::" + typ)
		}
		b.WriteString("]")
		last = toks[end].Pos + len(toks[end].Text)
		i = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// arrayCastAt matches "( ARRAY [ 'x' :: type , … ] ) :: type [ ]" at token
// i, returning the elements' text, the cast's element type and the index of
// the closing "]".
func arrayCastAt(s string, t []sqltext.Token, i int) (elems []string, typ string, end int, ok bool) {
	if i+3 >= len(t) || t[i].Text != "(" || t[i+1].Kind != sqltext.TokenIdent || t[i+1].Value != "array" || t[i+2].Text != "[" {
		return nil, "", 0, false
	}
	j := i + 3
	for {
		// One element: a string constant cast to a type name.
		start := j
		if j >= len(t) || t[j].Kind != sqltext.TokenString || j+1 >= len(t) || t[j+1].Text != "::" {
			return nil, "", 0, false
		}
		j = typeNameEnd(t, j+2)
		if j < 0 || j >= len(t) {
			return nil, "", 0, false
		}
		elems = append(elems, s[t[start].Pos:t[j-1].Pos+len(t[j-1].Text)])
		if t[j].Text == "," {
			j++
			continue
		}
		if t[j].Text != "]" {
			return nil, "", 0, false
		}
		break
	}
	// ") :: type [ ]"
	if j+2 >= len(t) || t[j+1].Text != ")" || t[j+2].Text != "::" {
		return nil, "", 0, false
	}
	typeStart := j + 3
	k := typeNameEnd(t, typeStart)
	if k < 0 || k+1 >= len(t) || t[k].Text != "[" || t[k+1].Text != "]" || k == typeStart {
		return nil, "", 0, false
	}
	typ = s[t[typeStart].Pos : t[k-1].Pos+len(t[k-1].Text)]
	return elems, typ, k + 1, true
}

// typeNameEnd returns the index after a type name starting at token i
// (words, dots and a parenthesized modifier: character varying(20),
// app."Mood", numeric(10,2)), or -1 if there is none.
func typeNameEnd(t []sqltext.Token, i int) int {
	j := i
	for j < len(t) && (t[j].Kind == sqltext.TokenIdent || t[j].Text == ".") {
		j++
	}
	if j == i {
		return -1
	}
	if j < len(t) && t[j].Text == "(" {
		for j < len(t) && t[j].Text != ")" {
			j++
		}
		if j == len(t) {
			return -1
		}
		j++
	}
	return j
}
