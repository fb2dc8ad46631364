// Command codecgen regenerates codec_gen.go and layout.txt in the current
// directory (formats/strata) from the snapshot model: run it through
// `go generate ./formats/strata`.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"

	"github.com/pgstrata/pgstrata/formats/strata/internal/codecgen"
	"github.com/pgstrata/pgstrata/snapshot"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "codecgen:", err)
		os.Exit(1)
	}
}

func run() error {
	old, err := os.ReadFile("layout.txt")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	layout, code, err := codecgen.Generate(reflect.TypeFor[snapshot.Catalog](), "strata", string(old))
	if err != nil {
		return err
	}
	if err := os.WriteFile("layout.txt", []byte(layout), 0o644); err != nil {
		return err
	}
	return os.WriteFile("codec_gen.go", code, 0o644)
}
