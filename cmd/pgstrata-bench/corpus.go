package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/pgstrata/pgstrata/internal/corpus"
)

// runCorpus lists the corpus schemas that load on a server of the given
// major, one a line: name, schema file, preamble file ("-" for none) and
// psql variables ("-" for none, else NAME=VALUE joined by commas), split
// by tabs. bench/run.sh loads them this way, so that the recipe for each
// file (internal/corpus) is written down once. Schemas that do not load on
// the major are named on stderr with the reason.
func runCorpus(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	major := fs.Int("major", 15, "PostgreSQL major the schemas are loaded on")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("corpus: unexpected argument %q", fs.Arg(0))
	}
	dir, ok := corpus.Dir()
	if !ok {
		return fmt.Errorf("corpus: no corpus at %s (set PGSTRATA_CORPUS)", dir)
	}
	schemas := corpus.Schemas()
	if len(schemas) == 0 {
		return errors.New("corpus: no .sql files in " + dir)
	}
	for _, s := range schemas {
		if !s.LoadsOn(*major) {
			fmt.Fprintf(stderr, "pgstrata-bench: corpus: %s left out: it %s\n", s.Name, s.Why)
			continue
		}
		pre, vars := s.Preamble, strings.Join(s.Vars, ",")
		if pre == "" {
			pre = "-"
		}
		if vars == "" {
			vars = "-"
		}
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", s.Name, s.Path, pre, vars)
	}
	return nil
}
