package depsort

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteDOT writes the graph in Graphviz's DOT language, each node labelled
// by label(i), for debugging an order or a cycle (`dot -Tsvg`). The nodes
// the last Sort released to break a cycle are drawn red, with their
// number in the order of release.
func (g *Graph) WriteDOT(w io.Writer, label func(int) string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "digraph steps {\n\tnode [shape=box];\n")
	released := map[int]int{}
	for k, i := range g.released {
		released[i] = k + 1
	}
	for i := range g.n {
		attrs := ""
		if k, ok := released[i]; ok {
			attrs = fmt.Sprintf(", color=red, penwidth=2, xlabel=\"cycle %d\"", k)
		}
		fmt.Fprintf(bw, "\tn%d [label=%s%s];\n", i, quoteDOT(label(i)), attrs)
	}
	for k := range g.firsts {
		fmt.Fprintf(bw, "\tn%d -> n%d;\n", g.firsts[k], g.thens[k])
	}
	fmt.Fprintf(bw, "}\n")
	return bw.Flush()
}

// quoteDOT renders s as a DOT string: in double quotes, with backslashes and
// quotes escaped and line breaks as \n.
func quoteDOT(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r", "", "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}
