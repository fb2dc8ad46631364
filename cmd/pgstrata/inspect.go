package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

type inspectCmd struct {
	File string `arg:"" help:"Snapshot file to inspect."`
	JSON bool   `name:"json" help:"Print one JSON object instead of text."`
	// Verify: see strata.ReadOptions.CheckOnly, which inspect sets without it.
	Verify bool `name:"verify" help:"Decode the whole catalog and recompute the body's SHA-256 digest. Without it, a file whose header counts its contents (written by this version on) is checked by its zstd checksum instead, and its counts are the header's."`
	// MaxMemory: see strata.ReadOptions.MaxMemory.
	MaxMemory memorySize `name:"max-memory" default:"1GiB" placeholder:"SIZE" help:"Refuse the file if its catalog would take more memory than this to read (K, M, G, T: binary units)."`
}

// inspectReport is what inspect prints; its JSON keys are a stable interface.
type inspectReport struct {
	File             string   `json:"file"`
	FormatVersion    int      `json:"format_version"`
	ToolVersion      string   `json:"tool_version"`
	ServerVersion    string   `json:"server_version"`
	ServerVersionNum int      `json:"server_version_num"`
	Database         string   `json:"database"`
	CapturedAt       string   `json:"captured_at"`
	Source           string   `json:"source"`
	Options          []string `json:"options"`
	Compression      string   `json:"compression"`
	BodyLength       int64    `json:"body_length"`
	CompressedLength int64    `json:"compressed_length"`
	Digest           string   `json:"digest"`
	// DigestOK says that the body passed the check CheckedBy names: its
	// SHA-256 digest, or (not --verify, a file that allows it) its zstd
	// checksum, the digest then taken as written.
	DigestOK     bool           `json:"digest_ok"`
	CheckedBy    string         `json:"checked_by"`
	DigestError  string         `json:"digest_error,omitempty"`
	Counts       map[string]int `json:"counts"`
	Dependencies int            `json:"dependencies"`
	NotModeled   map[string]int `json:"not_modeled"`
	NotReadable  map[string]int `json:"not_readable"`
}

func (c *inspectCmd) Run(rc *runContext) error {
	if _, err := os.Stat(c.File); err != nil && isConnString(c.File) {
		return fmt.Errorf("inspect reads a snapshot file, and %s looks like a connection string: snapshot it first (pgstrata snapshot URL -o FILE)",
			strata.RedactSource(c.File))
	} else if errors.Is(err, fs.ErrNotExist) && !looksLikeFile(c.File) {
		// Where other commands take a bare word for a database name.
		return fmt.Errorf("%s: no such file (inspect reads a snapshot file; for a database, snapshot it first: pgstrata snapshot %s -o FILE)",
			c.File, c.File)
	}
	file, err := strata.ReadFile(c.File, strata.ReadOptions{AllowDigestMismatch: true, MaxMemory: int64(c.MaxMemory), CheckOnly: !c.Verify})
	if err != nil {
		return err
	}
	report := newInspectReport(c.File, file)
	if c.JSON {
		js, err := json.MarshalIndent(report, "", "  ")
		if err != nil {
			return err
		}
		if _, err := rc.stdout.Write(append(escapeJSON(js), '\n')); err != nil {
			return err
		}
	} else {
		printInspectReport(rc.stdout, report)
	}
	if !file.DigestOK {
		return &exitStatus{code: exitError, err: file.BodyErr}
	}
	return nil
}

func newInspectReport(name string, file *strata.File) inspectReport {
	h := file.Header
	r := inspectReport{
		File: name, FormatVersion: h.FormatVersion, ToolVersion: h.ToolVersion,
		ServerVersion: h.ServerVersion, ServerVersionNum: h.ServerVersionNum, Database: h.Database,
		Source: h.Source, Options: h.Options, Compression: h.Compression, BodyLength: h.BodyLength,
		CompressedLength: h.CompressedLength, Digest: h.BodyDigest, DigestOK: file.DigestOK,
		Counts: map[string]int{}, NotModeled: map[string]int{}, NotReadable: map[string]int{},
	}
	if r.Options == nil {
		r.Options = []string{}
	}
	if !h.CapturedAt.IsZero() {
		r.CapturedAt = h.CapturedAt.UTC().Format(time.RFC3339)
	}
	r.CheckedBy = checkedByDigest
	if file.ChecksumOnly {
		r.CheckedBy = checkedByChecksum
	}
	if file.BodyErr != nil {
		r.DigestError = file.BodyErr.Error()
	}
	if ct := h.Contents; file.Catalog == nil && file.DigestOK && ct != nil {
		for _, kc := range ct.Objects {
			r.Counts[string(kc.Kind)] = kc.Count
		}
		r.Dependencies = ct.Dependencies
		addCounts(r.NotModeled, ct.NotModeled)
		addCounts(r.NotReadable, ct.NotReadable)
	}
	if cat := file.Catalog; cat != nil {
		for kind, n := range cat.Counts() {
			r.Counts[string(kind)] = n
		}
		r.Dependencies = cat.DependencyCount()
		addCounts(r.NotModeled, cat.NotModeled)
		addCounts(r.NotReadable, cat.NotReadable)
	}
	return r
}

// How inspect checked the body (inspectReport.CheckedBy).
const (
	checkedByDigest   = "sha256 digest"
	checkedByChecksum = "zstd checksum"
)

func addCounts(into map[string]int, counts []snapshot.CatalogCount) {
	for _, c := range counts {
		into[c.Catalog] += c.Count
	}
}

func printInspectReport(w io.Writer, r inspectReport) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	digest := "OK"
	switch {
	case !r.DigestOK:
		digest = "MISMATCH: " + r.DigestError
	case r.CheckedBy == checkedByChecksum:
		digest = "not recomputed: the body matches its zstd checksum (--verify recomputes it)"
	}
	p := printable
	fmt.Fprintf(tw, "file:\t%s\n", p(r.File))
	fmt.Fprintf(tw, "format version:\t%d\n", r.FormatVersion)
	fmt.Fprintf(tw, "written by:\tpgstrata %s\n", p(r.ToolVersion))
	fmt.Fprintf(tw, "server:\tPostgreSQL %s (%d)\n", p(r.ServerVersion), r.ServerVersionNum)
	fmt.Fprintf(tw, "database:\t%s\n", p(r.Database))
	fmt.Fprintf(tw, "captured:\t%s\n", p(r.CapturedAt))
	fmt.Fprintf(tw, "source:\t%s\n", p(r.Source))
	for i, o := range r.Options {
		label := ""
		if i == 0 {
			label = "options:"
		}
		fmt.Fprintf(tw, "%s\t%s\n", label, p(o))
	}
	if r.Compression == strata.CompressionNone {
		fmt.Fprintf(tw, "body:\t%d bytes, uncompressed\n", r.BodyLength)
	} else {
		fmt.Fprintf(tw, "body:\t%d bytes, %s-compressed to %d\n", r.BodyLength, p(r.Compression), r.CompressedLength)
	}
	fmt.Fprintf(tw, "digest:\t%s %s\n", p(r.Digest), p(digest))
	tw.Flush()
	printCounts(w, "objects", r.Counts)
	fmt.Fprintf(w, "  %-*s %6d\n", countWidth, "(dependency edges)", r.Dependencies)
	printCounts(w, "not modeled", r.NotModeled)
	printCounts(w, "not readable", r.NotReadable)
}

// countWidth aligns the count columns for every kind name.
const countWidth = 24

func printCounts(w io.Writer, title string, counts map[string]int) {
	fmt.Fprintf(w, "\n%s:\n", title)
	if len(counts) == 0 {
		fmt.Fprintln(w, "  (none)")
		return
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		name := printable(k) // catalog names come from the file
		fmt.Fprintf(w, "  %-*s %6d\n", max(countWidth, len(name)), name, counts[k])
	}
}
