package pgtest

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// DefaultMajors is used when PGSTRATA_PG_MAJORS is unset: the Debian major
// every machine has, plus the newest one people mostly run.
const DefaultMajors = "15,17"

// Majors returns the server majors to test, from PGSTRATA_PG_MAJORS.
func Majors() ([]int, error) {
	s := os.Getenv("PGSTRATA_PG_MAJORS")
	if strings.TrimSpace(s) == "" {
		s = DefaultMajors
	}
	var majors []int
	seen := map[int]bool{}
	for _, f := range strings.Split(s, ",") {
		m, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || m < 10 {
			return nil, fmt.Errorf("PGSTRATA_PG_MAJORS=%q: %q is not a PostgreSQL major version", s, f)
		}
		if !seen[m] {
			seen[m] = true
			majors = append(majors, m)
		}
	}
	return majors, nil
}

// slot holds the one cluster of a major for this test process.
type slot struct {
	once sync.Once
	c    *Cluster
	err  error
}

var (
	mu        sync.Mutex
	slots     = map[int]*slot{}
	reporting = map[testing.TB]bool{} // tests that will report start times on failure
)

func slotFor(major int) *slot {
	mu.Lock()
	defer mu.Unlock()
	s := slots[major]
	if s == nil {
		s = &slot{}
		slots[major] = s
	}
	return s
}

// Clusters returns a running cluster for every configured major, starting
// them (concurrently) on first use; later calls in the same test process
// get the same clusters. If a cluster cannot be had, the test fails, or is
// skipped when PGSTRATA_SKIP_DB=1.
func Clusters(t testing.TB) []*Cluster {
	t.Helper()
	majors, err := Majors()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
		return nil
	}
	var wg sync.WaitGroup
	for _, m := range majors {
		s := slotFor(m)
		wg.Go(func() {
			s.once.Do(func() {
				t0 := time.Now()
				if s.c, s.err = startCluster(m, Config{}); s.err != nil {
					s.err = fmt.Errorf("pg%d (gave up after %s): %w", m, time.Since(t0).Round(time.Millisecond), s.err)
				}
			})
		})
	}
	wg.Wait()
	var cs []*Cluster
	var errs []string
	for _, m := range majors {
		s := slotFor(m)
		if s.err != nil {
			errs = append(errs, s.err.Error())
		} else {
			cs = append(cs, s.c)
		}
	}
	if len(errs) > 0 {
		msg := "pgtest: cannot start PostgreSQL:\n" + strings.Join(errs, "\n")
		if os.Getenv("PGSTRATA_SKIP_DB") == "1" {
			t.Skip(msg + "\n(skipping: PGSTRATA_SKIP_DB=1)")
			return nil
		}
		t.Fatal(msg + "\n(set PGSTRATA_SKIP_DB=1 to skip database tests instead)")
		return nil
	}
	// Start-up cost matters on a 2-core CI box, but is noise in passing
	// runs: report it only when something went wrong (once per test).
	mu.Lock()
	first := !reporting[t]
	reporting[t] = true
	mu.Unlock()
	if !first {
		return cs
	}
	t.Cleanup(func() {
		mu.Lock()
		delete(reporting, t)
		mu.Unlock()
		if t.Failed() {
			for _, c := range cs {
				t.Logf("pgtest: pg%d (%d, %s) on port %d, data %s, started in %s",
					c.Major, c.VersionNum, c.Source, c.Port, c.DataDir, c.StartTime.Round(time.Millisecond))
			}
		}
	})
	return cs
}

// ForEachCluster runs fn as a subtest named "pg<major>" for every cluster.
func ForEachCluster(t *testing.T, fn func(t *testing.T, c *Cluster)) {
	t.Helper()
	for _, c := range Clusters(t) {
		t.Run(fmt.Sprintf("pg%d", c.Major), func(t *testing.T) { fn(t, c) })
	}
}

// Main is for TestMain: it runs the tests, stops the clusters they started
// and exits with the tests' code.
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
func Main(m *testing.M) {
	code := m.Run()
	StopAll()
	os.Exit(code)
}

// StopAll stops every cluster started by this process, which removes the
// temp root holding their data (see pgserver). Main calls it; call it
// yourself in a custom TestMain.
func StopAll() {
	mu.Lock()
	defer mu.Unlock()
	var wg sync.WaitGroup
	for _, s := range slots {
		if s.c != nil {
			wg.Go(s.c.Stop)
		}
	}
	wg.Wait()
}
