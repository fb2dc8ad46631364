package render

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// Side is what is known of one side of a diff besides its catalog.
type Side struct {
	// Source names where the catalog came from: a snapshot file's name,
	// or a connection string with its password removed.
	Source string
	// Digest is "sha256:<hex>" of the catalog's canonical encoding (a
	// snapshot file's BodyDigest): equal catalogs have equal digests,
	// whether read live or from a file.
	Digest string
	// ServerVersion is server_version ("15.4 (Debian …)"), when known;
	// ServerVersionNum is always set (from the catalog).
	ServerVersion    string
	ServerVersionNum int
	Database         string
	// CapturedAt is when the catalog was read (zero when unknown).
	CapturedAt time.Time
}

// SideOf returns the Side facts that the catalog itself determines: its
// digest and server version number. Callers add the source, database and
// capture time they know.
func SideOf(c *snapshot.Catalog) (Side, error) {
	if c == nil {
		return Side{}, nil
	}
	_, digest, err := strata.EncodeBody(c)
	if err != nil {
		return Side{}, err
	}
	return Side{Digest: digest, ServerVersionNum: c.ServerVersionNum}, nil
}

// Input is everything a renderer may use.
type Input struct {
	Plan     *diffengine.Plan
	From, To *snapshot.Catalog
	// FromSide and ToSide describe the two catalogs.
	FromSide, ToSide Side
	// ToolVersion is pgstrata's version.
	ToolVersion string
	// Withheld is set when the run withholds the plan's unsafe statements
	// (there are some and --unsafe was not given): exit 3.
	Withheld bool
	// Comments asks the sql format for a header and a comment per
	// statement.
	Comments bool
	// Color asks the review format for ANSI colours (the caller decides:
	// a terminal, and NO_COLOR unset).
	Color bool
}

// Func renders in to w.
type Func func(w io.Writer, in Input) error

// Format is one entry of the registry.
type Format struct {
	Name string
	// Help is one line for `pgstrata diff --help`.
	Help   string
	Render Func
	// PrintsWithheld is set when the format prints the plan even when its
	// unsafe statements are withheld (exit 3); see the package doc.
	PrintsWithheld bool
	// NeedsSides is set when the format shows the sides (digests and
	// capture times), which cost an encoding of each catalog to know.
	NeedsSides bool
}

// formats is the registry, in the order --help lists them; the first is
// the default.
var formats = []Format{
	{Name: "sql", Help: "the psql script (default)", Render: renderSQL},
	{Name: "json", Help: "the plan as JSON (pgstrata.plan version 1)", Render: renderJSON, PrintsWithheld: true, NeedsSides: true},
	{Name: "review", Help: "Markdown for a reviewer: hazards, what changed, the statements", Render: renderReview, PrintsWithheld: true, NeedsSides: true},
	{Name: "html", Help: "one self-contained HTML page for a reviewer: summary, filter, definition diffs, the script", Render: renderHTML, PrintsWithheld: true, NeedsSides: true},
}

// Names returns the registered format names, the default first.
func Names() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return names
}

// Lookup returns the format called name.
func Lookup(name string) (Format, error) {
	i := slices.IndexFunc(formats, func(f Format) bool { return f.Name == name })
	if i < 0 {
		return Format{}, fmt.Errorf("unknown format %q (want one of %s)", name, strings.Join(Names(), ", "))
	}
	return formats[i], nil
}

// Render renders in with the format called name.
func Render(w io.Writer, name string, in Input) error {
	f, err := Lookup(name)
	if err != nil {
		return err
	}
	return f.Render(w, in)
}
