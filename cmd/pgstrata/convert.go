package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/pgstrata/pgstrata/formats/strata"
)

type convertCmd struct {
	Input       string     `arg:"" optional:"" default:"-" help:"Snapshot file to read; - (the default) for standard input."`
	Output      string     `arg:"" optional:"" default:"-" help:"Where to write; - (the default) for standard output. A file is replaced atomically."`
	Compression string     `name:"compression" enum:"zstd,none" default:"zstd" help:"Body compression of the output: zstd, or none for git to store (see README: Snapshots in git)."`
	MaxMemory   memorySize `name:"max-memory" default:"1GiB" placeholder:"SIZE" help:"Refuse a file whose catalog would take more memory than this to read."`
}

func (convertCmd) Help() string {
	return `Rewrites a snapshot in the current format version, with the chosen body
compression, keeping its header (source, capture time, tool version) and its
catalog. Reads files of every older format version; the body digest stays the
same unless the file was of an older version. As a git filter it stores snapshots uncompressed, so that git's delta
compression keeps a year of daily snapshots in little more than one:

    git config filter.pgstrata.clean "pgstrata convert --compression none"
    git config filter.pgstrata.smudge "pgstrata convert"
    echo '*.strata filter=pgstrata diff=pgstrata' >> .gitattributes

Examples:

    pgstrata convert old.strata new.strata
    pgstrata convert --compression none < prod.strata > prod.plain.strata`
}

func (c *convertCmd) Run(rc *runContext) error {
	if err := checkOutput(c.Output, c.Input); err != nil {
		return err
	}
	var file *strata.File
	var err error
	opts := strata.ReadOptions{MaxMemory: int64(c.MaxMemory)}
	if err := checkBinaryOutput(rc, c.Output); err != nil {
		return err
	}
	if c.Input == stdoutName {
		if isTerminal(rc.stdin) {
			// Waiting for a snapshot typed on a terminal helps nobody.
			return errors.New("convert reads a snapshot from standard input, which is a terminal: give a file, or pipe one in (pgstrata convert --help)")
		}
		file, err = strata.Decode(rc.stdin, "standard input", opts)
	} else {
		file, err = strata.ReadFile(c.Input, opts)
	}
	if err != nil {
		return err
	}
	h := file.Header
	h.Compression = c.Compression
	return writeOutput(rc, c.Output, func(w io.Writer) error {
		if _, err := strata.Encode(w, h, file.Catalog); err != nil {
			return fmt.Errorf("writing the snapshot: %w", err)
		}
		return nil
	})
}
