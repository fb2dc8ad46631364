package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

const usage = `usage:
  pgstrata-bench gen --tables N --seed S [--changed] [--layout single|many-schemas] [--profile default|views] [-o FILE]
  pgstrata-bench slowest [--queries DIR] [--app NAME] [--top N] JSONLOG
  pgstrata-bench corpus [--major N]
`

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "pgstrata-bench: "+err.Error())
		}
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command")
	}
	switch args[0] {
	case "gen":
		return runGen(args[1:], stdout, stderr)
	case "slowest":
		return runSlowest(args[1:], stdout, stderr)
	case "corpus":
		return runCorpus(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

func runGen(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tables := fs.Int("tables", 1000, "number of ordinary tables")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same output")
	changed := fs.Bool("changed", false, "write the changed variant (about 5% of the objects altered)")
	layout := fs.String("layout", "single", "single (N/500+1 schemas) or many-schemas (N/10 tenant schemas of 10 tables)")
	profile := fs.String("profile", "default", "default, or views (joins in views, more functions, indexes and constraints; see doc.go)")
	output := fs.String("o", "-", "output file (- for standard output)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("gen: unexpected argument %q", fs.Arg(0))
	}
	if *tables < 10 {
		return fmt.Errorf("gen: --tables %d: need at least 10", *tables)
	}
	m, err := newModel(*tables, *seed, *layout, *profile)
	if err != nil {
		return err
	}
	command := fmt.Sprintf("pgstrata-bench gen --tables %d --seed %d --layout %s", *tables, *seed, *layout)
	if *profile != "default" {
		// Only then, so that the default profile's output stays as it was.
		command += " --profile " + *profile
	}
	if *changed {
		st := m.applyChanges(*seed)
		command += " --changed"
		fmt.Fprintf(stderr, "pgstrata-bench: changed: %s\n", st)
	}
	if *output == "-" {
		return writeSQL(stdout, m, command)
	}
	return writeFile(*output, func(w io.Writer) error { return writeSQL(w, m, command) })
}

// writeFile writes through a temporary file and a rename, so a failed run
// leaves no partial schema behind.
func writeFile(path string, write func(io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// oneLine shortens a statement for a ranking line.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		s = s[:n] + "…"
	}
	return s
}
