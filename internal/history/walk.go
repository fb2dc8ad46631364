package history

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// Revision is one decoded snapshot of a history.
type Revision struct {
	Source
	Header  strata.Header
	Catalog *snapshot.Catalog
}

// Step is what Walk hands over for each revision: the revision, the one
// before it (nil for the first), and what changed between them.
type Step struct {
	Previous, Current *Revision
	Changes           []ObjectChange
}

// Options say how Walk reads revisions.
type Options struct {
	// Read are the options of every snapshot's decoding.
	Read strata.ReadOptions
	// LoadSQL makes the revision of a SQL source (see Source.IsSQL): data
	// is a git revision's content, nil for files. cmd/pgstrata loads the
	// SQL into a throwaway server and reads its catalog. Walk calls it in
	// the order of the revisions, one at a time, so that a revision may
	// build on the database of the one before (Source.OnTop). It is needed
	// only when a source is SQL.
	LoadSQL func(ctx context.Context, src Source, data []byte) (*Revision, error)
}

// Walk reads the revisions in order and calls fn with each step. Up to
// GOMAXPROCS snapshots are decoded ahead on other goroutines, so that a
// long history takes about its decoding time divided by the cores; SQL
// revisions are loaded one after the other on one of them. The comparison
// and fn run in order, on the caller's goroutine. The first error (of a
// read, a load or fn) ends the walk.
func Walk(ctx context.Context, sources []Source, opts Options, fn func(Step) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := max(1, runtime.GOMAXPROCS(0))
	type result struct {
		rev *Revision
		err error
	}
	// One slot per revision in flight, in order: the consumer waits on
	// each in turn while later ones decode.
	slots := make(chan chan result, workers)
	var blobs *blobReader
	go func() {
		defer close(slots)
		sem := make(chan struct{}, workers)
		for _, src := range sources {
			slot := make(chan result, 1)
			var data []byte
			var err error
			if src.Path == "" {
				// A git blob: read here, in order, through one cat-file.
				if blobs == nil {
					blobs, err = newBlobReader(ctx, src.dir)
				}
				if err == nil {
					data, err = blobs.read(src.object)
				}
			}
			switch {
			case err == nil && src.IsSQL():
				// Here, in order: see Options.LoadSQL.
				var rev *Revision
				if opts.LoadSQL == nil {
					err = fmt.Errorf("%s: SQL, which this history cannot load", src.Name())
				} else {
					rev, err = opts.LoadSQL(ctx, src, data)
				}
				slot <- result{rev: rev, err: err}
			case err != nil:
				slot <- result{err: err}
			default:
				select {
				case sem <- struct{}{}:
				case <-ctx.Done():
					return
				}
				go func() {
					defer func() { <-sem }()
					rev, err := decodeRevision(src, data, opts.Read)
					slot <- result{rev: rev, err: err}
				}()
			}
			select {
			case slots <- slot:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return // what comes after would not be shown
			}
		}
	}()
	defer func() {
		cancel()
		for range slots { // let the producer end
		}
		if blobs != nil {
			blobs.close()
		}
	}()
	var previous *Revision
	for slot := range slots {
		r := <-slot
		if r.err != nil {
			return r.err
		}
		step := Step{Previous: previous, Current: r.rev}
		if previous != nil {
			step.Changes = Compare(previous.Catalog, r.rev.Catalog)
		}
		if err := fn(step); err != nil {
			return err
		}
		previous = r.rev
	}
	return ctx.Err()
}

// decodeRevision decodes one revision from its file or its git blob.
func decodeRevision(src Source, data []byte, opts strata.ReadOptions) (*Revision, error) {
	var f *strata.File
	var err error
	if src.Path != "" {
		f, err = strata.ReadFile(src.Path, opts)
	} else {
		f, err = strata.Decode(bytes.NewReader(data), src.Name(), opts)
	}
	if err != nil {
		return nil, err
	}
	return &Revision{Source: src, Header: f.Header, Catalog: f.Catalog}, nil
}

// CapturedAt is when the revision's catalog was read, or else when it was
// committed.
func (r *Revision) CapturedAt() time.Time {
	if !r.Header.CapturedAt.IsZero() {
		return r.Header.CapturedAt
	}
	return r.CommitTime
}
