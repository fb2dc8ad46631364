package main

import (
	"io"
	"os"
	"time"

	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// write renders the plan with format to -o (standard output by default).
func (c *diffCmd) write(rc *runContext, format render.Format, in render.Input) error {
	output := c.Output
	if output == "" {
		output = stdoutName
	}
	return writeOutput(rc, output, func(w io.Writer) error { return format.Render(w, in) })
}

// needsSides reports whether the output shows the sides (json, review,
// sql with --comments); only then is a live catalog's digest computed,
// which costs an encoding of it.
func (c *diffCmd) needsSides() bool {
	format, err := render.Lookup(c.Format)
	return err == nil && format.NeedsSides || c.Comments
}

// fileSide describes a snapshot file from its header. Its digest is the
// body's, which is what a live read of the same catalog computes, so a
// live and an offline diff name their sides alike.
func fileSide(path string, f *strata.File) render.Side {
	h := f.Header
	return render.Side{Source: path, Digest: h.BodyDigest, ServerVersion: h.ServerVersion,
		ServerVersionNum: f.Catalog.ServerVersionNum, Database: h.Database, CapturedAt: h.CapturedAt}
}

// liveSide describes a catalog just read from a server.
func (c *diffCmd) liveSide(label string, cat *snapshot.Catalog, info snapshot.ServerInfo, capturedAt time.Time) (render.Side, error) {
	side := render.Side{ServerVersionNum: cat.ServerVersionNum}
	if c.needsSides() {
		var err error
		if side, err = render.SideOf(cat); err != nil {
			return render.Side{}, err
		}
	}
	side.Source, side.ServerVersion, side.Database, side.CapturedAt = label, info.Version, info.Database, capturedAt
	return side, nil
}

// color reports whether review output gets ANSI colours: only when it
// goes to a terminal, and never when NO_COLOR is set (no-color.org).
func (c *diffCmd) color(rc *runContext) bool {
	if os.Getenv("NO_COLOR") != "" || (c.Output != "" && c.Output != stdoutName) {
		return false
	}
	f, ok := rc.stdout.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
