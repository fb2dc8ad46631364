package history

import (
	"bytes"
	"context"
	"path/filepath"
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

// Walk decodes the revisions in order and calls fn with each step. Up to
// GOMAXPROCS revisions are decoded ahead on other goroutines, so that a
// long history takes about its decoding time divided by the cores; the
// comparison and fn run in order, on the caller's goroutine. The first
// error (of a read or of fn) ends the walk.
func Walk(ctx context.Context, sources []Source, opts strata.ReadOptions, fn func(Step) error) error {
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
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func() {
				defer func() { <-sem }()
				if err != nil {
					slot <- result{err: err}
					return
				}
				rev, err := decodeRevision(src, data, opts)
				slot <- result{rev: rev, err: err}
			}()
			select {
			case slots <- slot:
			case <-ctx.Done():
				return
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
		f, err = strata.Decode(bytes.NewReader(data), src.Label+":"+filepath.Base(src.object), opts)
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
