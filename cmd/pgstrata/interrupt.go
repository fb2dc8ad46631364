package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/pgstrata/pgstrata/internal/atomicfile"
)

// Ctrl-C and SIGTERM must end pgstrata in every phase, but most phases
// cannot notice a cancelled context: opening a file blocks in the kernel (a
// FIFO with no writer for ever), and decoding, planning, rendering and
// writing do not look at one. So the command runs on a goroutine of its
// own, and the first signal:
//   - cancels the command's context, which stops a live read at once and
//     sends the server a cancel request for its running query;
//   - waits, while a live read is still running (up to interruptGrace), for
//     that read to end, so that the cancel request reaches the server;
//   - then ends the run: the temporary file of any write in progress is
//     removed (no partial output, an earlier file untouched), and run
//     returns exit status 1 with "interrupted".
//
// A second signal ends the run at once, whatever is still running.

// interruptGrace bounds the wait for live reads after the first signal. A
// read whose server answers the cancel request ends within milliseconds;
// one whose server stopped answering gives up on the connection after 5
// seconds (see snapshot.Connect).
const interruptGrace = 10 * time.Second

// errInterrupted is runInterruptible's error for a run ended by a signal.
var errInterrupted = errors.New("interrupted")

// liveReads counts the live database reads in progress (see trackLive).
var liveReads atomic.Int32

// trackLive marks a live read as in progress until the returned function is
// called: an interrupted run waits for it (see interruptGrace).
func trackLive() (done func()) {
	liveReads.Add(1)
	return func() { liveReads.Add(-1) }
}

// runInterruptible runs command with a context that the first SIGINT or
// SIGTERM cancels, and returns its error; or errInterrupted once a signal
// has ended the run (see above), whether or not command has returned.
func runInterruptible(command func(ctx context.Context) error) error {
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(signals)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- command(ctx) }()

	select {
	case err := <-done:
		return err
	case <-signals:
	}
	cancel()
	grace := time.After(interruptGrace)
	poll := time.NewTicker(10 * time.Millisecond)
	defer poll.Stop()
	for liveReads.Load() > 0 {
		select {
		case err := <-done:
			return interrupted(err)
		case <-signals:
			return abortRun()
		case <-grace:
			return abortRun()
		case <-poll.C:
		}
	}
	select {
	case err := <-done: // the command may have ended with the live read
		return interrupted(err)
	default:
		return abortRun()
	}
}

// interrupted is the result of a command that returned after the signal:
// its own error if it finished anyway (an exit status, say), else
// errInterrupted.
func interrupted(err error) error {
	var status *exitStatus
	if err == nil || errors.As(err, &status) {
		return err
	}
	return errInterrupted
}

// abortRun ends a run whose command is still going: no file it was writing
// may appear, and no throwaway server it started may stay (see
// stopOnAbort).
func abortRun() error {
	atomicfile.Abort()
	abortCleanups.Lock()
	fns := make([]func(), 0, len(abortCleanups.fns))
	for _, fn := range abortCleanups.fns {
		fns = append(fns, fn)
	}
	abortCleanups.Unlock()
	var wg sync.WaitGroup
	for _, fn := range fns {
		wg.Go(fn)
	}
	wg.Wait()
	return errInterrupted
}

// abortCleanups are what abortRun runs: the stopping of throwaway servers.
var abortCleanups struct {
	sync.Mutex
	next int
	fns  map[int]func()
}

// stopOnAbort has abortRun call stop (which must be safe to call twice and
// from another goroutine) until the returned function is called. The
// command stops its servers itself on every path out, a cancelled context
// included; this is for a run that a signal ends while the command is still
// going (a second Ctrl-C, or one whose command does not end in time).
func stopOnAbort(stop func()) (remove func()) {
	abortCleanups.Lock()
	defer abortCleanups.Unlock()
	if abortCleanups.fns == nil {
		abortCleanups.fns = map[int]func(){}
	}
	id := abortCleanups.next
	abortCleanups.next++
	abortCleanups.fns[id] = stop
	return func() {
		abortCleanups.Lock()
		delete(abortCleanups.fns, id)
		abortCleanups.Unlock()
	}
}
