// Package render turns a diffengine.Plan into what `pgstrata diff
// --format` prints: a registry of renderers, each a function of one Input
// (the plan, both catalogs, what is known of both sides, the options).
//
//   - sql: the psql script of package sqlscript, byte-identical to it
//     unless Input.Comments asks for a header and a "why / hazards"
//     comment above each statement.
//   - json: the "pgstrata.plan" contract, version 1, described by the JSON
//     Schema in plan.schema.json (Schema returns it). Keys are snake_case
//     as in `pgstrata inspect --json`; every list is present (empty rather
//     than null) and every map is printed in key order, so the same input
//     gives the same bytes.
//   - review: Markdown for a pull-request comment or a terminal: summary
//     and hazards first, then what changed per object with text diffs of
//     changed definitions (looked up with snapshot.Catalog.Find on both
//     sides), then the statements.
//   - html: one self-contained page (html/page.html.tmpl, with page.css
//     and page.js inlined and allowed by hash in its Content Security
//     Policy, nothing else): the sides, a withheld banner, the summary,
//     a filter by hazard and object kind, per object what review shows
//     and its statements, the whole script. It shares the summary
//     (summarize) and the per-object reasons (reasonsOf) with json and
//     review, so the numbers and diffs agree. Package htmltest opens it
//     in headless Chromium for tests.
//
// Withholding is one policy for every format (diffengine.Withholds): a
// plan with unsafe statements exits 3 without --unsafe whatever the
// format. The sql format then prints nothing (a script must not be piped
// into psql half-reviewed); json, review and html still print the whole plan,
// with the withheld statements marked, because a reviewer needs to see
// exactly what was withheld and why. Input.Withheld says which case it is.
//
// Every renderer is a pure function of its Input: no clock, no
// environment (colour is an option the caller sets), so a live diff and
// a diff of the same catalogs from snapshot files print the same bytes
// when their Sides agree (digest and server version come from the
// catalog itself, see SideOf; source and capture time are the caller's).
//
// Adding a format: write func(io.Writer, Input) error in a file of its
// own, add it to the formats table, and give it golden tests
// (testdata/<format>/) and a case in the CLI's --format test.
package render
