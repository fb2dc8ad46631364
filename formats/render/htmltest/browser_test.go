package htmltest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/render/htmltest"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// fromSQL and toSQL make a plan with most hazard kinds: a dropped column
// (data_loss), a column type change (table_rewrite), a CHECK added valid
// (full_scan_under_lock), a view rebuilt under it (dependent_rebuild), a
// plain CREATE INDEX (blocks_writes), row-level security and a policy
// (authorization), a changed function body (a definition diff). The
// comment is hostile: were it not escaped, it would run a script and load
// an image from the network, which the test would see.
const fromSQL = `
CREATE SCHEMA app;
CREATE TABLE app.person (id integer PRIMARY KEY, name text NOT NULL, legacy_code text, age integer);
CREATE VIEW app.people AS SELECT id, name, legacy_code FROM app.person;
CREATE FUNCTION app.greet(p text) RETURNS text LANGUAGE sql AS $$ SELECT 'hello ' || p $$;
CREATE TABLE app.orders (id integer PRIMARY KEY, person_id integer, total numeric);
`

const toSQL = `
CREATE SCHEMA app;
CREATE TABLE app.person (id bigint PRIMARY KEY, name text NOT NULL, age integer CONSTRAINT age_positive CHECK (age >= 0));
CREATE VIEW app.people AS SELECT id, name FROM app.person;
CREATE FUNCTION app.greet(p text) RETURNS text LANGUAGE sql AS $$ SELECT 'hi ' || p || '!' $$;
CREATE TABLE app.orders (id integer PRIMARY KEY, person_id integer, total numeric);
CREATE INDEX orders_person ON app.orders (person_id);
ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_orders ON app.orders USING (person_id > 0);
COMMENT ON TABLE app.orders IS '</pre></script><script>console.error("injected")</script><img src="http://192.0.2.1/x.png">';
`

// planOf diffs two real databases and renders the plan as html (to a file)
// and json (decoded).
func planOf(t *testing.T, dir string) (path string, plan jsonPlan) {
	t.Helper()
	c := pgtest.Clusters(t)[0]
	var cats [2]*snapshot.Catalog
	in := render.Input{ToolVersion: "test"}
	for i, sql := range []string{fromSQL, toSQL} {
		db := c.CreateDB(t)
		c.LoadSQL(t, db, sql)
		cats[i] = read(t, c.URL(db))
	}
	p, err := diffengine.Diff(cats[0], cats[1], diffengine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in.Plan, in.From, in.To, in.Withheld = p, cats[0], cats[1], len(p.Unsafe()) > 0
	for k, side := range []*render.Side{&in.FromSide, &in.ToSide} {
		if *side, err = render.SideOf(cats[k]); err != nil {
			t.Fatal(err)
		}
		side.Source, side.Database = []string{"prod.strata", "dev.strata"}[k], "app"
		side.CapturedAt = time.Date(2026, 12, 3, 18, k, 0, 0, time.UTC)
	}
	var html, js bytes.Buffer
	if err := render.Render(&html, "html", in); err != nil {
		t.Fatal(err)
	}
	if err := render.Render(&js, "json", in); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js.Bytes(), &plan); err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(dir, "plan.html")
	if err := os.WriteFile(path, html.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, plan
}

func read(t *testing.T, url string) *snapshot.Catalog {
	t.Helper()
	ctx := context.Background()
	conn, err := snapshot.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	cat, _, err := snapshot.Read(ctx, conn, snapshot.ReadOptions{LockTimeout: 5 * time.Second, StatementTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// jsonPlan is what the test reads of the json format.
type jsonPlan struct {
	Withheld bool
	Summary  struct {
		Statements, Unsafe int
		ByKind             map[string]int `json:"by_kind"`
		ByAction           map[string]int `json:"by_action"`
		ByHazard           map[string]int `json:"by_hazard"`
	}
	Statements []struct {
		Index   int
		Object  struct{ Kind string }
		Hazards []struct{ Kind string }
	}
}

// visible lists the numbers of the statements the page shows, in plan
// order (the page shows them per object).
const visible = `Array.from(document.querySelectorAll(".stmt")).filter(e => e.offsetParent !== null).map(e => +e.id.slice(1)).sort((a, b) => a - b)`

// TestHTMLInChromium opens the html format of a real plan in headless
// Chromium: no console errors or exceptions, no request but the file, the
// summary's counts are the json format's, the hazard and kind filters
// show exactly the matching statements and say how many, and without
// JavaScript everything is shown. It saves a screenshot in the test's
// temporary directory, or at PGSTRATA_SCREENSHOT.
func TestHTMLInChromium(t *testing.T) {
	htmltest.Chromium(t) // skip early, before starting PostgreSQL
	dir := t.TempDir()
	path, plan := planOf(t, dir)
	if len(plan.Summary.ByHazard) < 6 || !plan.Withheld {
		t.Fatalf("the plan should be withheld and carry at least 6 hazard kinds: %v", plan.Summary.ByHazard)
	}
	browser := htmltest.Start(t, 60*time.Second)
	page := browser.Open(t, path, true)
	t.Logf("loaded in %v", page.Load)
	defer func() {
		if problems := page.Problems(); len(problems) > 0 {
			t.Errorf("the page had problems:\n%s", strings.Join(problems, "\n"))
		}
		if w := page.Warnings(); len(w) > 0 {
			t.Logf("console: %s", strings.Join(w, "\n"))
		}
	}()

	// The counts shown are the json summary's.
	want := map[string]string{"statements": fmt.Sprint(plan.Summary.Statements), "unsafe": fmt.Sprint(plan.Summary.Unsafe)}
	for key, counts := range map[string]map[string]int{"actions": plan.Summary.ByAction, "kinds": plan.Summary.ByKind, "hazards": plan.Summary.ByHazard} {
		for name, n := range counts {
			want[key+":"+name] = fmt.Sprint(n)
		}
	}
	got := htmltest.Eval[map[string]string](t, page,
		`Object.fromEntries(Array.from(document.querySelectorAll("[data-count]")).map(e => [e.dataset.count, e.textContent]))`)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("counts shown:\n%v\nwant the json summary's:\n%v", got, want)
	}

	all := make([]int, len(plan.Statements))
	for i, s := range plan.Statements {
		all[i] = s.Index
	}
	check := func(what string, want []int) {
		t.Helper()
		if got := htmltest.Eval[[]int](t, page, visible); !slices.Equal(got, want) {
			t.Errorf("%s: statements shown %v, want %v", what, got, want)
		}
		text := fmt.Sprintf("%d of %d statements shown", len(want), len(all))
		if got := htmltest.Eval[string](t, page, `document.getElementById("shown").textContent`); got != text {
			t.Errorf("%s: count says %q, want %q", what, got, text)
		}
		empty := htmltest.Eval[int](t, page, `Array.from(document.querySelectorAll("#objects .object")).filter(o => o.offsetParent !== null && !o.querySelector(".stmt:not([hidden])")).length`)
		if empty != 0 {
			t.Errorf("%s: %d objects shown without a statement", what, empty)
		}
	}
	check("on load", all)
	matching := func(hazard, kind string) []int {
		var out []int
		for _, s := range plan.Statements {
			if (kind == "" || s.Object.Kind == kind) && (hazard == "" || slices.ContainsFunc(s.Hazards, func(h struct{ Kind string }) bool { return h.Kind == hazard })) {
				out = append(out, s.Index)
			}
		}
		return out
	}
	for hazard := range plan.Summary.ByHazard {
		page.Click(t, fmt.Sprintf(`input[name=hazard][value=%q]`, hazard))
		check("hazard "+hazard, matching(hazard, ""))
		page.Click(t, "#clear")
		check("cleared after "+hazard, all)
	}
	page.Click(t, `input[name=hazard][value="access_exclusive_lock"]`)
	page.Click(t, `input[name=kind][value="column"]`)
	check("access_exclusive_lock and column", matching("access_exclusive_lock", "column"))
	page.Click(t, "#clear")
	check("cleared", all)

	// The screenshot shows the filter at work: the statements that rewrite
	// a table or lose data (README's docs/review-html.png is one).
	page.Click(t, `input[name=hazard][value="data_loss"]`)
	page.Click(t, `input[name=hazard][value="table_rewrite"]`)
	either := append(matching("data_loss", ""), matching("table_rewrite", "")...)
	slices.Sort(either)
	check("data_loss or table_rewrite", slices.Compact(either))
	shot := filepath.Join(dir, "plan.png")
	if p := os.Getenv("PGSTRATA_SCREENSHOT"); p != "" {
		shot = p
	}
	if err := os.WriteFile(shot, page.Screenshot(t, 1100, 1500), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", shot)

	// Without JavaScript: everything is shown, the filter is not.
	static := browser.Open(t, path, false)
	if got := htmltest.Eval[[]int](t, static, visible); !slices.Equal(got, all) {
		t.Errorf("without JavaScript, statements shown %v, want all %v", got, all)
	}
	if htmltest.Eval[bool](t, static, `document.getElementById("filter").offsetParent !== null`) {
		t.Error("without JavaScript, the filter shows (it cannot work)")
	}
	if problems := static.Problems(); len(problems) > 0 {
		t.Errorf("without JavaScript, the page had problems:\n%s", strings.Join(problems, "\n"))
	}
}

// TestBinaryLinksNoBrowser: chromedp is a test-only dependency; pgstrata
// must not link it.
func TestBinaryLinksNoBrowser(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/pgstrata/pgstrata/cmd/pgstrata").CombinedOutput()
	if err != nil {
		t.Skipf("go list: %v: %s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.Contains(dep, "chromedp") || strings.HasSuffix(dep, "/htmltest") {
			t.Errorf("pgstrata links %s", dep)
		}
	}
}
