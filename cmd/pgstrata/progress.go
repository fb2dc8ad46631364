package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// isTerminal reports whether stream (standard input, output or error) is
// a terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	if !ok {
		return false
	}
	// A character device is not enough: /dev/null is one too.
	return term.IsTerminal(int(f.Fd()))
}

// progress keeps one line of stderr up to date while a long read runs, as
// pg_dump's users expect something to move: the step just done, how many,
// and the time so far. It rewrites the line in place ("\r", then erase to
// the end of the line), and done erases it, so nothing is left behind.
type progress struct {
	w       io.Writer
	started time.Time
	steps   int
}

func newProgress(w io.Writer) *progress { return &progress{w: w, started: time.Now()} }

// step is a snapshot.ReadOptions.Trace.
func (p *progress) step(name string, _ time.Duration) {
	p.steps++
	fmt.Fprintf(p.w, "\rpgstrata: reading the catalog: %d steps, %.1f s (%s)\x1b[K", p.steps, time.Since(p.started).Seconds(), printable(name))
}

// done erases the line.
func (p *progress) done() { fmt.Fprint(p.w, "\r\x1b[K") }
