package pgserver

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
)

// makeDataDir makes s.DataDir, a fresh cluster: by initdb, or by copying
// the template kept in cfg.TemplateCache for these binaries (made by
// initdb the first time). Then it configures it. step says which it was,
// for a trace.
func (s *Server) makeDataDir(ctx context.Context) (step string, err error) {
	if s.cfg.TemplateCache == "" {
		if err := s.initdb(ctx, s.DataDir); err != nil {
			return "", err
		}
		return "initdb", s.configure()
	}
	step = "copying the template"
	tmpl, made, err := s.template(ctx)
	if err != nil {
		return "", err
	}
	if made {
		step = "initdb (template, once)"
	}
	if err := copyTree(tmpl, s.DataDir, s.cred); err != nil {
		return "", fmt.Errorf("copying the cluster template %s: %w", tmpl, err)
	}
	return step, s.configure()
}

// initdb runs initdb into dir. C.UTF-8 gives a UTF-8 ctype with byte-order
// collation, like the servers pgstrata users run. It comes from the
// system's libc (the npm builds use it too), so fall back to plain C where
// libc lacks it. WAL segments of 1 MB instead of 16 make the cluster 24 MB
// instead of 39, quicker to copy from a template.
func (s *Server) initdb(ctx context.Context, dir string) error {
	var out []byte
	var err error
	for _, locale := range []string{"C.UTF-8", "C"} {
		os.RemoveAll(dir)
		out, err = runContext(ctx, s.Tool("initdb", "-D", dir, "-U", "postgres", "--auth=trust",
			"-E", "UTF8", "--locale="+locale, "--no-sync", "--wal-segsize=1"))
		if err == nil || ctx.Err() != nil || !bytes.Contains(out, []byte("locale")) {
			break
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		return fmt.Errorf("initdb (%s): %v\n%s", s.BinDir, err, out)
	}
	return nil
}

// template returns the template data directory for s's binaries, making it
// first if needed. Templates are keyed by the binaries' folder and version
// and published by renaming a finished directory, so concurrent runs never
// see half of one; two runs making the same one at once both succeed (one
// rename wins, the other's copy is removed).
func (s *Server) template(ctx context.Context) (dir string, made bool, err error) {
	sum := sha256.Sum256([]byte(s.BinDir))
	name := fmt.Sprintf("template-pg%d-%s", s.Major, hex.EncodeToString(sum[:6]))
	final := filepath.Join(s.cfg.TemplateCache, name)
	if fresh(final, s.BinDir) {
		return final, false, nil
	}
	if err := mkdirReadable(s.cfg.TemplateCache); err != nil {
		return "", false, err
	}
	tmp, err := os.MkdirTemp(s.cfg.TemplateCache, ".tmp-"+name+"-")
	if err != nil {
		return "", false, err
	}
	defer os.RemoveAll(tmp)
	if err := s.chown(tmp, 0o700); err != nil {
		return "", false, err
	}
	data := filepath.Join(tmp, "data")
	if err := s.initdb(ctx, data); err != nil {
		return "", false, err
	}
	os.RemoveAll(final) // an outdated one
	if err := os.Rename(data, final); err != nil && !errors.Is(err, fs.ErrExist) && !fresh(final, s.BinDir) {
		return "", false, err
	}
	return final, true, nil
}

// fresh reports whether the template at dir exists and is newer than the
// postgres binary it was made with (a package upgrade replaces it in place).
func fresh(dir, binDir string) bool {
	t, err1 := os.Stat(filepath.Join(dir, "PG_VERSION"))
	b, err2 := os.Stat(filepath.Join(binDir, "postgres"))
	return err1 == nil && err2 == nil && t.ModTime().After(b.ModTime())
}

// copyTree copies the directory src to dst (which must not exist), keeping
// modes, and gives every copy to cred's user when cred is set.
func copyTree(src, dst string, cred *credential) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		info, err := d.Info()
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			err = os.Mkdir(target, info.Mode().Perm())
		case d.Type()&fs.ModeSymlink != 0:
			var link string
			if link, err = os.Readlink(p); err == nil {
				err = os.Symlink(link, target)
			}
		default:
			err = copyFile(p, target, info.Mode().Perm())
		}
		if err == nil && cred != nil {
			err = os.Lchown(target, int(cred.Uid), int(cred.Gid))
		}
		return err
	})
}

func copyFile(src, dst string, perm fs.FileMode) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return createFrom(dst, in, os.O_EXCL, perm)
}

// runContext runs cmd and returns its combined output; a cancelled ctx
// kills it (its whole process group: cmd has one of its own, see Tool).
func runContext(ctx context.Context, cmd *exec.Cmd) ([]byte, error) {
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return out.Bytes(), err
	case <-ctx.Done():
		killGroup(cmd.Process.Pid)
		<-done
		return out.Bytes(), ctx.Err()
	}
}
