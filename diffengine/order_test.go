package diffengine

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// barePlanner returns a planner over two empty catalogs, for steps added by
// hand.
func barePlanner() *planner {
	return &planner{
		from: &snapshot.Catalog{}, to: &snapshot.Catalog{},
		index: map[stepKey]*step{}, replaced: map[snapshot.ObjectID]bool{},
		rebuildDependents: map[snapshot.ObjectID]bool{},
	}
}

func sqlOf(stmts []Statement) []string {
	out := make([]string, len(stmts))
	for i, s := range stmts {
		out[i] = s.SQL
	}
	return out
}

var (
	testSchema   = snapshot.ObjectID{Kind: snapshot.KindSchema, Name: "s"}
	testSequence = snapshot.ObjectID{Kind: snapshot.KindSequence, Schema: "s", Name: "q"}
	testRange    = snapshot.ObjectID{Kind: snapshot.KindRangeType, Schema: "s", Name: "r"}
)

// TestSubStepKeys: a sub-step is a step of its own, told apart by its typed
// part (not by a made-up ObjectID), and its statements name the object.
func TestSubStepKeys(t *testing.T) {
	p := barePlanner()
	ownedBy := creating(testSequence).sub(partOwnedBy)
	p.add(testSequence, phaseCreate, stmt(ActionCreate, "CREATE SEQUENCE s.q"))
	p.addTo(ownedBy, stmt(ActionAlter, "ALTER SEQUENCE s.q OWNED BY s.t.id"))
	if len(p.steps) != 2 {
		t.Fatalf("%d steps, want the main step and the sub-step", len(p.steps))
	}
	for _, s := range p.steps {
		if s.id != testSequence || s.stmts[0].ID != testSequence {
			t.Errorf("step %s: id %v, statement id %v; want the sequence's own", s.stepKey, s.id, s.stmts[0].ID)
		}
	}
	if !p.has(testSequence, phaseCreate) || !p.hasStep(ownedBy) || p.hasStep(ownedBy.sub(partReindex)) || p.has(testSequence, phaseDrop) {
		t.Error("has/hasStep do not tell the steps apart")
	}
	p.clear(testSequence, phaseCreate)
	if p.index[creating(testSequence)].stmts != nil || p.index[ownedBy].stmts == nil {
		t.Error("clear of the main step must leave the sub-step alone")
	}
	if got, want := ownedBy.String(), "sequence s.q (OWNED BY)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	for part := range partReindex + 1 {
		if (partNames[part] == "") != (part == partMain) {
			t.Errorf("part %d has no name", part)
		}
	}
}

// TestOrderSubSteps: with nothing else to order them, an object's main step
// comes first, then its sub-steps in the order of their constants; every
// step follows its schema's creation.
func TestOrderSubSteps(t *testing.T) {
	p := barePlanner()
	key := creating(testRange)
	p.addTo(key.sub(partDropOld), stmt(ActionDrop, "DROP TYPE s.r__pgstrata_old"))
	p.addTo(key.sub(partDefinition), stmt(ActionCreate, "CREATE TYPE s.r AS RANGE (subtype = int4)"))
	p.addTo(key.sub(partAside), stmt(ActionAlter, "ALTER TYPE s.rm RENAME TO rm__pgstrata_old"))
	p.addTo(key, stmt(ActionCreate, "CREATE TYPE s.r"))
	p.add(testSchema, phaseCreate, stmt(ActionCreate, "CREATE SCHEMA s"))
	got := sqlOf(p.order())
	want := []string{"CREATE SCHEMA s;", "CREATE TYPE s.r;", "ALTER TYPE s.rm RENAME TO rm__pgstrata_old;",
		"CREATE TYPE s.r AS RANGE (subtype = int4);", "DROP TYPE s.r__pgstrata_old;"}
	if !slices.Equal(got, want) {
		t.Fatalf("order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(p.warnings) > 0 {
		t.Fatalf("warnings: %v", p.warnings)
	}
	// An ordering edge to a sub-step is kept: the definition before the
	// main step now.
	p = barePlanner()
	p.addTo(key.sub(partDefinition), stmt(ActionCreate, "CREATE TYPE s.r AS RANGE (subtype = int4)"))
	p.addTo(key, stmt(ActionCreate, "CREATE TYPE s.r"))
	p.sequence = append(p.sequence, [2]stepKey{key.sub(partDefinition), key})
	if got := sqlOf(p.order()); got[0] != "CREATE TYPE s.r AS RANGE (subtype = int4);" {
		t.Fatalf("the edge from the sub-step is lost: %v", got)
	}
}

// TestOrderCycleWarning: a cycle is broken at its smallest step, and the
// warning names the steps of the chain, sub-steps with their part.
func TestOrderCycleWarning(t *testing.T) {
	p := barePlanner()
	key := creating(testRange)
	p.addTo(key.sub(partDefinition), stmt(ActionCreate, "CREATE TYPE s.r AS RANGE (subtype = int4)"))
	p.addTo(key, stmt(ActionCreate, "CREATE TYPE s.r"))
	p.sequence = append(p.sequence, [2]stepKey{key, key.sub(partDefinition)}, [2]stepKey{key.sub(partDefinition), key})
	got := sqlOf(p.order())
	if want := []string{"CREATE TYPE s.r;", "CREATE TYPE s.r AS RANGE (subtype = int4);"}; !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	want := "dependency cycle broken at range_type s.r (waits on range_type s.r (definition) → range_type s.r)"
	if len(p.warnings) != 1 || p.warnings[0] != want {
		t.Fatalf("warnings %q, want [%q]", p.warnings, want)
	}
}

// TestDebugGraph: PGSTRATA_DEBUG_DOT writes the ordering graph of a plan;
// a file that cannot be written is a warning, not a failure.
func TestDebugGraph(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.dot")
	t.Setenv(debugGraphEnv, path)
	p := barePlanner()
	p.add(testSchema, phaseCreate, stmt(ActionCreate, "CREATE SCHEMA s"))
	p.add(testSequence, phaseCreate, stmt(ActionCreate, "CREATE SEQUENCE s.q"))
	p.addTo(creating(testSequence).sub(partOwnedBy), stmt(ActionAlter, "ALTER SEQUENCE s.q OWNED BY NONE"))
	p.order()
	dot, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"digraph steps {", `n2 [label="create sequence s.q (OWNED BY)\nALTER SEQUENCE s.q OWNED BY NONE;"];`, "n0 -> n1;", "n0 -> n2;"} {
		if !strings.Contains(string(dot), want) {
			t.Errorf("the DOT file lacks %q:\n%s", want, dot)
		}
	}
	t.Setenv(debugGraphEnv, filepath.Join(t.TempDir(), "missing", "plan.dot"))
	p = barePlanner()
	p.add(testSchema, phaseCreate, stmt(ActionCreate, "CREATE SCHEMA s"))
	if got := p.order(); len(got) != 1 || len(p.warnings) != 1 || !strings.HasPrefix(p.warnings[0], "debug graph: ") {
		t.Fatalf("statements %v, warnings %q", sqlOf(got), p.warnings)
	}
}
