package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/history"
)

// sqlHistory makes the SQL revisions of a log (history.Options.LoadSQL):
// one throwaway server for the whole run, and in it a fresh database per
// revision, the previous revision's dropped first; or, for the next step
// of a migration folder read with --steps, the previous revision's
// database with the next file applied to it, which costs that file's load
// instead of the whole folder's.
type sqlHistory struct {
	srv *sqlServer
	// db is the previous SQL revision's database, which stays until the
	// next one is made, and applied the files loaded into it.
	db      string
	applied []string
	// tmp is where a git revision's SQL is written for psql to read (in
	// the server's folder), as tmpFile; messages name it tmpName
	// (abc123def456:schema.sql).
	tmp, tmpFile, tmpName string
}

// startSQLHistory starts the one server of a log's SQL revisions, or
// returns nil when there are none. Its major is --pg-major, else that of
// the first snapshot of the history (read from its header), as diff picks
// that of the other side. Close it on every path out.
func startSQLHistory(ctx context.Context, sources []history.Source, opts sideOptions) (*sqlHistory, error) {
	var inputs [][]string
	first, major := "", 0
	for _, src := range sources {
		switch {
		case src.IsSQL():
			if first == "" {
				first = src.Name()
			}
			if len(src.SQL) > 0 { // a git revision's is read later
				inputs = append(inputs, src.SQL)
			}
		case major == 0 && src.Path != "":
			if h, err := strata.ReadHeader(src.Path); err == nil {
				major = h.ServerVersionNum / 10000
			}
		}
	}
	if first == "" {
		return nil, nil
	}
	find, wanted := findFor(major, opts)
	h := &sqlHistory{}
	srv, err := startSQL(ctx, inputs, find, wanted, opts, func(file string) string {
		if file == h.tmpFile && h.tmpFile != "" {
			return h.tmpName
		}
		return file
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", first, err)
	}
	h.srv = srv
	return h, nil
}

// close stops the server, which removes its folder and the temporary
// files in it.
func (h *sqlHistory) close() {
	if h != nil {
		h.srv.close()
	}
}

// load makes src's revision; data is a git revision's SQL.
func (h *sqlHistory) load(ctx context.Context, src history.Source, data []byte) (*history.Revision, error) {
	files := src.SQL
	if len(files) == 0 {
		if err := h.writeTemp(src, data); err != nil {
			return nil, err
		}
		files = []string{h.tmpFile}
	}
	name := src.Path // the folder for a step: the database is named after it
	if name == "" {
		name = src.Name()
	}
	var db string
	var err error
	if src.OnTop && h.db != "" {
		db, err = h.srv.Extend(ctx, h.db, name, h.applied, files)
		h.applied = append(h.applied, files...)
	} else {
		if h.db != "" {
			if err := h.srv.Discard(ctx, h.db); err != nil {
				return nil, err
			}
		}
		db, err = h.srv.Load(ctx, name, files)
		h.applied = slices.Clone(files)
	}
	if err != nil {
		return nil, err
	}
	h.db = db
	cat, side, err := h.srv.read(ctx, src.Name(), db)
	if err != nil {
		return nil, err
	}
	// The digest names the catalog as a snapshot file's header would.
	_, digest, err := strata.EncodeBody(cat)
	if err != nil {
		return nil, err
	}
	return &history.Revision{Source: src, Catalog: cat, Header: strata.Header{
		ServerVersion: side.ServerVersion, ServerVersionNum: side.ServerVersionNum, Database: side.Database,
		CapturedAt: side.CapturedAt, Source: name, BodyDigest: digest,
	}}, nil
}

// writeTemp writes a git revision's SQL where psql reads it, under the
// file's own name (which \ir and messages may use).
func (h *sqlHistory) writeTemp(src history.Source, data []byte) error {
	if h.tmp == "" {
		// In the server's folder: gone with it, however the run ends.
		dir, err := os.MkdirTemp(h.srv.Server.Dir(), "git-")
		if err != nil {
			return err
		}
		h.tmp = dir
	}
	h.tmpName = src.Name()
	h.tmpFile = filepath.Join(h.tmp, filepath.Base(strings.TrimPrefix(src.Name(), src.Label+":")))
	return os.WriteFile(h.tmpFile, data, 0o600)
}
