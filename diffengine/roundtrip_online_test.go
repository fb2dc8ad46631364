package diffengine_test

import (
	"testing"

	"github.com/pgstrata/pgstrata/diffengine"
)

// checkSegments checks an online plan's segments: in order, covering every
// statement once, each statement that cannot run in a transaction block
// in a segment outside one (which starts with such a statement), a
// VALIDATE alone in its own. A plan that is not online has no segments and nothing
// that needs them.
func checkSegments(t *testing.T, plan *diffengine.Plan, online bool) {
	t.Helper()
	if !online || plan.Empty() {
		if plan.Segments != nil {
			t.Errorf("a plan that is not online (or is empty) has segments: %+v", plan.Segments)
		}
		for i, s := range plan.Statements {
			if s.NonTransactional || s.OwnTransaction {
				t.Errorf("statement %d of a plan that is not online must run outside the transaction: %s", i+1, s.SQL)
			}
		}
		return
	}
	next := 0
	for k, seg := range plan.Segments {
		if seg.Start != next || seg.End <= seg.Start {
			t.Fatalf("segment %d covers statements [%d, %d), want it to start at %d: %+v", k+1, seg.Start, seg.End, next, plan.Segments)
		}
		for i := seg.Start; i < seg.End; i++ {
			s := plan.Statements[i]
			if s.NonTransactional && seg.Transaction || i == seg.Start && !s.NonTransactional && !seg.Transaction {
				t.Errorf("statement %d (%s) is in segment %d (transaction %v)", i+1, s.SQL, k+1, seg.Transaction)
			}
			if s.OwnTransaction && seg.End-seg.Start != 1 {
				t.Errorf("statement %d (%s) must be alone in its segment %d", i+1, s.SQL, k+1)
			}
		}
		next = seg.End
	}
	if next != len(plan.Statements) {
		t.Errorf("the segments end at statement %d of %d", next, len(plan.Statements))
	}
}
