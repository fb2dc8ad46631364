package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestAbort aborts a Write half way: the Write fails rather than putting
// its file in place, no temporary file is left, the earlier file is
// untouched, and Writes started afterwards fail too. (Abort is for good;
// the test undoes it for the package's other tests.)
func TestAbort(t *testing.T) {
	t.Cleanup(inProgress.reset)
	dir := t.TempDir()
	path := filepath.Join(dir, "out")
	if err := os.WriteFile(path, []byte("earlier"), 0o644); err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	result := make(chan error)
	go func() {
		result <- Write(path, func(w io.Writer) error {
			close(started)
			<-release
			_, err := w.Write([]byte("new"))
			return err
		}, Options{})
	}()
	<-started
	Abort()
	close(release)
	if err := <-result; !errors.Is(err, ErrAborted) {
		t.Errorf("Write after Abort: %v, want ErrAborted", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "earlier" {
		t.Errorf("the earlier file now holds %q", got)
	}
	if err := Write(filepath.Join(dir, "later"), func(io.Writer) error { return nil }, Options{}); !errors.Is(err, ErrAborted) {
		t.Errorf("a Write started after Abort: %v, want ErrAborted", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d entries in the end, want only the earlier file", len(entries))
	}
}
