package codecgen

import (
	"bufio"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
)

// slot is one position of a struct's array.
type slot struct {
	path string // Go selector below the struct, e.g. "Common.Owner"
	typ  string // reflect's name of its type, e.g. "[]snapshot.ACLItem"
	tomb bool   // a removed field: written as nil, skipped when read

	goType reflect.Type // nil for a tombstone
}

// layout is the slots of every struct, by type name ("snapshot.Table").
type layout map[string][]slot

// parseLayout reads layout.txt: a type name on a line of its own, then one
// tab-indented line per slot, "Path Type" or "- Path Type" for a tombstone.
// Lines starting with # are comments.
func parseLayout(text string) (layout, error) {
	l := layout{}
	current := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case !strings.HasPrefix(line, "\t"):
			current = strings.TrimSpace(line)
			if _, dup := l[current]; dup {
				return nil, fmt.Errorf("layout line %d: %s listed twice", n, current)
			}
			l[current] = nil
		case current == "":
			return nil, fmt.Errorf("layout line %d: a slot before any type", n)
		default:
			f := strings.Fields(line)
			s := slot{}
			if len(f) == 3 && f[0] == "-" {
				s.tomb, f = true, f[1:]
			}
			if len(f) != 2 {
				return nil, fmt.Errorf("layout line %d: want \"Path Type\" or \"- Path Type\", got %q", n, strings.TrimSpace(line))
			}
			s.path, s.typ = f[0], f[1]
			l[current] = append(l[current], s)
		}
	}
	return l, sc.Err()
}

// format writes l as parseLayout reads it, types in name order.
func (l layout) format() string {
	var b strings.Builder
	b.WriteString("# The version 3 snapshot body: every struct is a msgpack array of these slots,\n")
	b.WriteString("# in this order. Written by internal/codecgen (go generate); never reorder by hand.\n")
	b.WriteString("# \"- Path Type\" is a removed field whose slot stays, always nil.\n")
	for _, name := range slices.Sorted(maps.Keys(l)) {
		b.WriteString("\n" + name + "\n")
		for _, s := range l[name] {
			if s.tomb {
				b.WriteString("\t- ")
			} else {
				b.WriteString("\t")
			}
			b.WriteString(s.path + " " + s.typ + "\n")
		}
	}
	return b.String()
}

// merge lays out the struct named name, whose fields are now current, on
// top of its old slots (none for a new struct).
func merge(name string, old, current []slot) ([]slot, error) {
	byPath := map[string]slot{}
	for _, s := range current {
		byPath[s.path] = s
	}
	var out []slot
	kept := map[string]bool{}
	for _, s := range old {
		now, ok := byPath[s.path]
		switch {
		case s.tomb || !ok:
			out = append(out, slot{path: s.path, typ: s.typ, tomb: true})
		case now.typ != s.typ:
			return nil, fmt.Errorf("%s.%s changed type from %s to %s: files already written hold the old type in its slot; give the field a new name, or bump the format version and start a new layout", name, s.path, s.typ, now.typ)
		default:
			out = append(out, now)
			kept[s.path] = true
		}
	}
	for _, s := range current {
		if !kept[s.path] {
			out = append(out, s)
		}
	}
	return out, nil
}

// fieldsOf lists the exported fields of struct t, embedded structs
// flattened, in declaration order.
func fieldsOf(t reflect.Type, prefix string) []slot {
	var out []slot
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			out = append(out, fieldsOf(f.Type, prefix+f.Name+".")...)
			continue
		}
		if !f.IsExported() {
			continue
		}
		out = append(out, slot{path: prefix + f.Name, typ: f.Type.String(), goType: f.Type})
	}
	return out
}
