package depsort

// Graph is a directed graph of n nodes to be ordered. Build it with New and
// Edge, then call Sort.
type Graph struct {
	n int
	// firsts and thens are the edges in the order they were added.
	firsts, thens []int32
	// released lists the nodes the last Sort let out early, in order.
	released []int
}

// Cycle describes a cycle broken by Sort.
type Cycle struct {
	// Chain starts at the node released early, then lists the node it waited
	// on, the node that one waited on, and so on, ending at the first node
	// met twice (the chain closes there; it need not be Chain[0]). Among
	// several nodes waited on, the lowest-numbered comes first.
	Chain []int
}

// New returns a graph of n nodes, numbered 0 to n-1, without edges.
func New(n int) *Graph {
	return &Graph{n: n}
}

// Len returns the number of nodes.
func (g *Graph) Len() int { return g.n }

// Edge records that node first comes before node then. An edge from a node
// to itself is ignored; an edge added twice is harmless.
func (g *Graph) Edge(first, then int) {
	if first == then {
		return
	}
	if uint(first) >= uint(g.n) || uint(then) >= uint(g.n) {
		panic("depsort: edge to a node out of range")
	}
	g.firsts = append(g.firsts, int32(first))
	g.thens = append(g.thens, int32(then))
}

// Edges returns the number of edges recorded (self-edges left out).
func (g *Graph) Edges() int { return len(g.firsts) }

// adjacency returns the graph in compressed form: the nodes after node i are
// next[start[i]:start[i+1]], in the order their edges were added.
func adjacency(n int, from, to []int32) (start []int32, next []int32) {
	start = make([]int32, n+1)
	for _, f := range from {
		start[f+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	next = make([]int32, len(from))
	fill := make([]int32, n)
	copy(fill, start[:n])
	for k, f := range from {
		next[fill[f]] = to[k]
		fill[f]++
	}
	return start, next
}

// Sort returns every node once, each after all the nodes that have an edge to
// it. Among the nodes free to come next, the smallest by less comes first;
// less must be a strict total order for the result to be deterministic.
//
// When every remaining node waits on another (a cycle), the smallest
// remaining node is released as if nothing held it back, and the cycle is
// described in cycles, in the order they were broken.
func (g *Graph) Sort(less func(a, b int) bool) (order []int, cycles []Cycle) {
	n := g.n
	g.released = nil
	if n == 0 {
		return nil, nil
	}
	start, next := adjacency(n, g.firsts, g.thens)
	indegree := make([]int32, n)
	for _, t := range g.thens {
		indegree[t]++
	}
	ready := &queue{less: less}
	for i := range n {
		if indegree[i] == 0 {
			ready.push(int32(i))
		}
	}
	done := make([]bool, n)
	var preds *predecessors // built at the first cycle
	order = make([]int, 0, n)
	for len(order) < n {
		if len(ready.items) == 0 {
			released := -1
			for i := range n {
				if !done[i] && (released < 0 || less(i, released)) {
					released = i
				}
			}
			if preds == nil {
				preds = newPredecessors(n, g.firsts, g.thens)
			}
			cycles = append(cycles, Cycle{Chain: preds.chain(released, done)})
			g.released = append(g.released, released)
			indegree[released] = 0
			ready.push(int32(released))
		}
		i := ready.pop()
		done[i] = true
		order = append(order, int(i))
		for _, j := range next[start[i]:start[i+1]] {
			indegree[j]--
			if indegree[j] == 0 && !done[j] {
				ready.push(j)
			}
		}
	}
	return order, cycles
}

// predecessors lists, for each node, the nodes with an edge to it, lowest
// first.
type predecessors struct {
	start, prev []int32
}

func newPredecessors(n int, firsts, thens []int32) *predecessors {
	// Edges sorted by their first node, then reversed: each node's list of
	// predecessors comes out in ascending order.
	start, next := adjacency(n, firsts, thens)
	var from, to []int32
	for i := range n {
		for _, j := range next[start[i]:start[i+1]] {
			from, to = append(from, j), append(to, int32(i))
		}
	}
	s, p := adjacency(n, from, to)
	return &predecessors{start: s, prev: p}
}

// chain follows, from node, the lowest-numbered node not done that it waits
// on, until a node repeats or none is left.
func (p *predecessors) chain(node int, done []bool) []int {
	out := []int{node}
	seen := map[int]bool{node: true}
	for cur := node; ; {
		k := -1
		for _, j := range p.prev[p.start[cur]:p.start[cur+1]] {
			if !done[j] {
				k = int(j)
				break
			}
		}
		if k < 0 {
			return out
		}
		out = append(out, k)
		if seen[k] {
			return out
		}
		seen[k] = true
		cur = k
	}
}

// queue is a binary min-heap of nodes under the caller's less.
type queue struct {
	less  func(a, b int) bool
	items []int32
}

func (q *queue) push(x int32) {
	q.items = append(q.items, x)
	i := len(q.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !q.less(int(q.items[i]), int(q.items[parent])) {
			break
		}
		q.items[i], q.items[parent] = q.items[parent], q.items[i]
		i = parent
	}
}

func (q *queue) pop() int32 {
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	for i := 0; ; {
		smallest, l, r := i, 2*i+1, 2*i+2
		if l < last && q.less(int(q.items[l]), int(q.items[smallest])) {
			smallest = l
		}
		if r < last && q.less(int(q.items[r]), int(q.items[smallest])) {
			smallest = r
		}
		if smallest == i {
			return top
		}
		q.items[i], q.items[smallest] = q.items[smallest], q.items[i]
		i = smallest
	}
}
