package mergejoin

// Each calls fn once for every place of two sorted lists of n and m
// elements, in order: fn(i, j) when compare(i, j) says element i of the
// first and element j of the second are equal, fn(i, -1) for an element
// only in the first, fn(-1, j) for one only in the second. compare
// returns a negative number, zero or a positive number as element i of
// the first list comes before, with or after element j of the second; it
// is called once per step.
func Each(n, m int, compare func(i, j int) int, fn func(i, j int)) {
	for i, j := 0, 0; i < n || j < m; {
		var order int
		switch {
		case j == m:
			order = -1
		case i == n:
			order = 1
		default:
			order = compare(i, j)
		}
		switch {
		case order < 0:
			fn(i, -1)
			i++
		case order > 0:
			fn(-1, j)
			j++
		default:
			fn(i, j)
			i, j = i+1, j+1
		}
	}
}
