package strata

import (
	_ "embed"
)

// The zstd dictionary of format version 4 bodies. zstd learns a body's
// repeats as it goes, so a small catalog is compressed before the
// compressor has seen much: the dictionary gives it a body to refer to
// from the first byte. Its content is the column-wise body (see
// columns.go) of the catalog in testdata/format_v2.strata, our own test
// schema that has every kind the reader knew, not any user's: type names,
// privileges, the struct headers of every kind, the shape of the model.
//
// A file names its dictionary by the ID in its zstd frame header. The
// bytes of dictionary 1 never change (TestDictionaryPinned): files
// written with it must read forever. A better dictionary gets the next ID,
// and readers keep every earlier one.
const dictionaryID = 1

//go:embed zstd_dictionary_1.bin
var dictionary1 []byte
