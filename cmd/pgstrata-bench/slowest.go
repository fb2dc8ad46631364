package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// loggedStatement is one "duration: … ms  statement: …" entry of a
// server's jsonlog.
type loggedStatement struct {
	ms    float64
	text  string
	label string
}

func runSlowest(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("slowest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	queriesDir := fs.String("queries", "snapshot/queries", "directory of the snapshot query files, to name the statements")
	app := fs.String("app", "pgstrata", "application_name whose statements count")
	top := fs.Int("top", 15, "statements to list in the ranking")
	ranking := fs.String("ranking", "", "also write the ranking (SQL comments) to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("slowest: want one jsonlog file, got %d arguments", fs.NArg())
	}
	stmts, err := readJSONLog(fs.Arg(0), *app)
	if err != nil {
		return err
	}
	if len(stmts) == 0 {
		return fmt.Errorf("slowest: %s has no logged statement durations for application %q (was log_min_duration_statement = 0?)", fs.Arg(0), *app)
	}
	labels := queryLabels(*queriesDir)
	var total float64
	for i := range stmts {
		total += stmts[i].ms
		first, _, _ := strings.Cut(strings.TrimSpace(stmts[i].text), "\n")
		if l, ok := labels[strings.TrimSpace(first)]; ok {
			stmts[i].label = l
		} else {
			stmts[i].label = "inline: " + oneLine(stmts[i].text, 70)
		}
	}
	slices.SortStableFunc(stmts, func(a, b loggedStatement) int { return cmp.Compare(b.ms, a.ms) })
	var r strings.Builder
	fmt.Fprintf(&r, "-- Statements of application %q as logged by the server (log_min_duration_statement = 0), slowest first.\n", *app)
	fmt.Fprintf(&r, "-- %d statements, %.1f ms in all. A logged duration includes sending the rows to the client.\n", len(stmts), total)
	for _, s := range stmts[:min(*top, len(stmts))] {
		fmt.Fprintf(&r, "-- %10.1f ms  %5.1f%%  %s\n", s.ms, 100*s.ms/total, s.label)
	}
	if *ranking != "" {
		if err := os.WriteFile(*ranking, []byte(r.String()), 0o644); err != nil {
			return err
		}
	}
	_, err = fmt.Fprintln(stdout, strings.TrimRight(strings.TrimSpace(stmts[0].text), ";"))
	return err
}

func readJSONLog(path, app string) ([]loggedStatement, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []loggedStatement
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var e struct {
			Message         string `json:"message"`
			ApplicationName string `json:"application_name"`
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if e.ApplicationName != app {
			continue
		}
		if s, ok := parseDuration(e.Message); ok {
			out = append(out, s)
		}
	}
	return out, sc.Err()
}

// parseDuration reads "duration: 1.234 ms  statement: SQL" (simple
// protocol) or "duration: 1.234 ms  execute NAME: SQL" (extended).
func parseDuration(msg string) (loggedStatement, bool) {
	rest, ok := strings.CutPrefix(msg, "duration: ")
	if !ok {
		return loggedStatement{}, false
	}
	num, rest, ok := strings.Cut(rest, " ms  ")
	if !ok {
		return loggedStatement{}, false
	}
	ms, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return loggedStatement{}, false
	}
	switch {
	case strings.HasPrefix(rest, "statement: "):
		rest = strings.TrimPrefix(rest, "statement: ")
	case strings.HasPrefix(rest, "execute "):
		_, rest, ok = strings.Cut(rest, ": ")
		if !ok {
			return loggedStatement{}, false
		}
	default: // parse and bind steps of the extended protocol
		return loggedStatement{}, false
	}
	return loggedStatement{ms: ms, text: rest}, true
}

// queryLabels maps the first line of each query file (its leading comment,
// which the rendered statement starts with too) to the file's name.
func queryLabels(dir string) map[string]string {
	labels := map[string]string{}
	files, _ := filepath.Glob(filepath.Join(dir, "*.sql"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		first, _, _ := strings.Cut(string(b), "\n")
		labels[strings.TrimSpace(first)] = filepath.Base(p)
	}
	return labels
}
