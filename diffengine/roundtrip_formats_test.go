package diffengine_test

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/render/rendertest"
	"github.com/pgstrata/pgstrata/internal/testdiff"
	"github.com/pgstrata/pgstrata/snapshot"
)

// formatGoldenCases are the cases whose json, review and html output is
// pinned in golden files beside expected.sql (expected.json,
// expected.review.md, expected.html and their _reverse and _online
// twins): one of each thing review shows — a column drop that rebuilds a
// view (cause, data loss), a function body diff, a policy's roles and
// USING expression, a CHECK expression, an online plan's segments. The
// others are only validated (json against its schema) and compared live to
// offline.
var formatGoldenCases = []string{"column_drop_under_view", "function_body_change", "policy_alter_roles_using", "constraint_check_change", "online_constraints"}

// checkFormats renders every format from the live catalogs and from the
// same catalogs read back from snapshot files (files): the outputs must be
// byte-identical, the digests included, and the JSON must validate against
// the published schema. On the golden major, the golden cases' json,
// review and html output is compared with their files.
func checkFormats(t *testing.T, dir string, d direction, live, files [2]*snapshot.Catalog, opts diffengine.Options, checkGolden bool) {
	t.Helper()
	outputs := make([]map[string]string, 2)
	for i, cats := range [][2]*snapshot.Catalog{live, files} {
		plan, err := diffengine.Diff(cats[0], cats[1], opts)
		if err != nil {
			t.Fatal(err)
		}
		in := render.Input{Plan: plan, From: cats[0], To: cats[1], ToolVersion: "test", Withheld: len(plan.Unsafe()) > 0}
		for k, side := range []*render.Side{&in.FromSide, &in.ToSide} {
			if *side, err = render.SideOf(cats[k]); err != nil {
				t.Fatal(err)
			}
		}
		outputs[i] = renderAll(t, in)
		if err := rendertest.ValidateJSON([]byte(outputs[i]["json"])); err != nil {
			t.Fatalf("the json output does not validate against plan.schema.json: %v\n%s", err, outputs[i]["json"])
		}
		if i == 0 && checkGolden && slices.Contains(formatGoldenCases, filepath.Base(dir)) {
			// Sides without digest or server version: those change with
			// the server's minor version, which goldens must not.
			in.FromSide, in.ToSide = render.Side{Source: d.from}, render.Side{Source: d.to}
			golden := renderAll(t, in)
			base := strings.TrimSuffix(d.golden, ".sql")
			compareGolden(t, filepath.Join(dir, base+".json"), golden["json"])
			compareGolden(t, filepath.Join(dir, base+".review.md"), golden["review"])
			compareGolden(t, filepath.Join(dir, base+".html"), golden["html"])
		}
	}
	for name, got := range outputs[1] {
		if want := outputs[0][name]; got != want {
			t.Errorf("--format %s: snapshot files give different output than live catalogs (- live, + files):\n%s",
				name, testdiff.Text(want, got))
		}
	}
}

// renderAll renders in with every registered format (sql with comments).
func renderAll(t *testing.T, in render.Input) map[string]string {
	t.Helper()
	out := map[string]string{}
	in.Comments = true
	for _, name := range render.Names() {
		var b bytes.Buffer
		if err := render.Render(&b, name, in); err != nil {
			t.Fatalf("render %s: %v", name, err)
		}
		out[name] = b.String()
	}
	return out
}
