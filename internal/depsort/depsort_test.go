package depsort

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

func byNumber(a, b int) bool { return a < b }

// build returns a graph of n nodes with these edges (first, then).
func build(n int, edges ...[2]int) *Graph {
	g := New(n)
	for _, e := range edges {
		g.Edge(e[0], e[1])
	}
	return g
}

// checkOrder fails unless order holds each node of g once and puts first
// before then for every edge.
func checkOrder(t *testing.T, g *Graph, order []int) {
	t.Helper()
	if len(order) != g.Len() {
		t.Fatalf("order has %d nodes, want %d", len(order), g.Len())
	}
	pos := make([]int, g.Len())
	for i := range pos {
		pos[i] = -1
	}
	for k, i := range order {
		if pos[i] >= 0 {
			t.Fatalf("node %d twice in %v", i, order)
		}
		pos[i] = k
	}
	for k := range g.firsts {
		if f, th := g.firsts[k], g.thens[k]; pos[f] > pos[th] {
			t.Fatalf("edge %d → %d broken by %v", f, th, order)
		}
	}
}

func TestSortRespectsEdges(t *testing.T) {
	g := build(6, [2]int{5, 0}, [2]int{4, 0}, [2]int{0, 3}, [2]int{2, 3}, [2]int{1, 2})
	order, cycles := g.Sort(byNumber)
	checkOrder(t, g, order)
	if want := []int{1, 2, 4, 5, 0, 3}; !slices.Equal(order, want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	if cycles != nil {
		t.Fatalf("cycles %v in an acyclic graph", cycles)
	}
}

func TestSortBreaksTiesByLess(t *testing.T) {
	g := New(5) // no edges: the order is less's alone
	byNumberDesc := func(a, b int) bool { return a > b }
	if order, _ := g.Sort(byNumberDesc); !slices.Equal(order, []int{4, 3, 2, 1, 0}) {
		t.Fatalf("order %v", order)
	}
	// Even numbers first: 3 waits on 0, and the ready odd numbers wait for
	// the evens.
	g.Edge(0, 3)
	evensFirst := func(a, b int) bool {
		if a%2 != b%2 {
			return a%2 == 0
		}
		return a < b
	}
	order, _ := g.Sort(evensFirst)
	if want := []int{0, 2, 4, 1, 3}; !slices.Equal(order, want) {
		t.Fatalf("order %v, want %v", order, want)
	}
}

// TestSortDeterministic: the order depends on the edges and less, not on
// the order the edges were added in.
func TestSortDeterministic(t *testing.T) {
	const n = 300
	rng := rand.New(rand.NewPCG(1, 2))
	type edge struct{ a, b int }
	var edges []edge
	for range 2 * n {
		a, b := rng.IntN(n), rng.IntN(n)
		if a > b {
			a, b = b, a
		}
		edges = append(edges, edge{a, b}) // forward only: acyclic
	}
	var first []int
	for try := range 5 {
		g := New(n)
		for _, e := range edges {
			g.Edge(e.a, e.b)
		}
		order, cycles := g.Sort(func(a, b int) bool { return a*7%n < b*7%n })
		checkOrder(t, g, order)
		if cycles != nil {
			t.Fatalf("cycles in an acyclic graph: %v", cycles)
		}
		if try == 0 {
			first = order
		} else if !slices.Equal(order, first) {
			t.Fatalf("try %d gave another order", try)
		}
		rng.Shuffle(len(edges), func(i, j int) { edges[i], edges[j] = edges[j], edges[i] })
	}
}

func TestSortBreaksCycleAtSmallest(t *testing.T) {
	// 0 → 1 → 4 → 2 → 1: the cycle {1, 4, 2}; 3 waits on 2.
	g := build(5, [2]int{0, 1}, [2]int{1, 4}, [2]int{4, 2}, [2]int{2, 1}, [2]int{2, 3})
	order, cycles := g.Sort(byNumber)
	if want := []int{0, 1, 4, 2, 3}; !slices.Equal(order, want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	// Once 0 is out, 1 is the smallest left; it waits on 2, which waits on
	// 4, which waits on 1.
	if len(cycles) != 1 || !slices.Equal(cycles[0].Chain, []int{1, 2, 4, 1}) {
		t.Fatalf("cycles %v, want one with chain [1 2 4 1]", cycles)
	}
	if !slices.Equal(g.released, []int{1}) {
		t.Fatalf("released %v", g.released)
	}
}

func TestSortCycleChainLowestPredecessorAndLasso(t *testing.T) {
	// 0 waits on 3 and 2 (it follows 2, the lower); 2 waits on 1, 1 on 2:
	// the chain closes at 2, not at 0.
	g := build(4, [2]int{3, 0}, [2]int{2, 0}, [2]int{1, 2}, [2]int{2, 1}, [2]int{0, 3})
	order, cycles := g.Sort(byNumber)
	if len(order) != 4 {
		t.Fatalf("order %v", order)
	}
	if len(cycles) == 0 || !slices.Equal(cycles[0].Chain, []int{0, 2, 1, 2}) {
		t.Fatalf("cycles %v, want the first with chain [0 2 1 2]", cycles)
	}
}

func TestSortSeveralCycles(t *testing.T) {
	g := build(4, [2]int{0, 1}, [2]int{1, 0}, [2]int{2, 3}, [2]int{3, 2}, [2]int{1, 2})
	order, cycles := g.Sort(byNumber)
	if want := []int{0, 1, 2, 3}; !slices.Equal(order, want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	if len(cycles) != 2 || !slices.Equal(cycles[0].Chain, []int{0, 1, 0}) || !slices.Equal(cycles[1].Chain, []int{2, 3, 2}) {
		t.Fatalf("cycles %v", cycles)
	}
}

func TestSelfAndDuplicateEdges(t *testing.T) {
	g := New(3)
	g.Edge(1, 1) // ignored: no cycle
	g.Edge(2, 0)
	g.Edge(2, 0)
	g.Edge(2, 0)
	if g.Edges() != 3 {
		t.Fatalf("%d edges, want 3", g.Edges())
	}
	order, cycles := g.Sort(byNumber)
	if want := []int{1, 2, 0}; !slices.Equal(order, want) || cycles != nil {
		t.Fatalf("order %v cycles %v, want %v and none", order, cycles, want)
	}
}

func TestEmptyAndOutOfRange(t *testing.T) {
	if order, cycles := New(0).Sort(byNumber); order != nil || cycles != nil {
		t.Fatalf("empty graph: %v %v", order, cycles)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("no panic for an edge out of range")
		}
	}()
	New(2).Edge(0, 2)
}

func TestSortLargeChain(t *testing.T) {
	const n = 100_000
	g := chain(n)
	order, cycles := g.Sort(func(a, b int) bool { return a > b })
	checkOrder(t, g, order)
	if cycles != nil {
		t.Fatal("cycle in a chain")
	}
}

func TestWriteDOT(t *testing.T) {
	g := build(3, [2]int{0, 1}, [2]int{1, 0}, [2]int{1, 2})
	g.Sort(byNumber)
	var b bytes.Buffer
	labels := []string{`table "a"`, `back\slash`, "two\nlines"}
	if err := g.WriteDOT(&b, func(i int) string { return labels[i] }); err != nil {
		t.Fatal(err)
	}
	want := `digraph steps {
	node [shape=box];
	n0 [label="table \"a\"", color=red, penwidth=2, xlabel="cycle 1"];
	n1 [label="back\\slash"];
	n2 [label="two\nlines"];
	n0 -> n1;
	n1 -> n0;
	n1 -> n2;
}
`
	if b.String() != want {
		t.Fatalf("DOT:\n%s\nwant:\n%s", b.String(), want)
	}
}

// chain returns a graph of n nodes where node i comes before node i+1, plus
// an edge every 10 nodes jumping ahead: a long, thin graph such as a plan's.
func chain(n int) *Graph {
	g := New(n)
	for i := 0; i+1 < n; i++ {
		g.Edge(i, i+1)
		if i%10 == 0 && i+100 < n {
			g.Edge(i, i+100)
		}
	}
	return g
}

// BenchmarkSort orders graphs of growing size; time per node should stay
// about flat (linear but for the heap's log n).
func BenchmarkSort(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run("chain/"+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				g := chain(n)
				g.Sort(byNumber)
			}
		})
		b.Run("wide/"+strconv.Itoa(n), func(b *testing.B) {
			// Every node ready at once: the heap at its largest.
			b.ReportAllocs()
			for range b.N {
				g := New(n)
				for i := 1; i < n; i += 2 {
					g.Edge(i, i-1)
				}
				g.Sort(func(a, b int) bool { return a > b })
			}
		})
	}
}

// BenchmarkSortCycle breaks one cycle closing a 100k-node chain.
func BenchmarkSortCycle(b *testing.B) {
	const n = 100_000
	b.ReportAllocs()
	for range b.N {
		g := chain(n)
		g.Edge(n-1, 0)
		if _, cycles := g.Sort(byNumber); len(cycles) != 1 {
			b.Fatal("want one cycle")
		}
	}
}
