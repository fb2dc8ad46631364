// Package codecgen writes the code that encodes and decodes the version 3
// snapshot body (formats/strata/codec_gen.go) from the Go model, and keeps
// the body's layout (formats/strata/layout.txt) stable as the model grows.
//
// Every struct of the model is written as a msgpack array of its fields, in
// the order layout.txt gives; embedded structs are flattened into their
// parent's slots. The layout is what older files and older readers depend
// on, so Generate never reorders it:
//
//   - a field that is still in the model keeps its slot;
//   - a field removed from the model leaves a tombstone ("- Name type"): its
//     slot is written as nil and skipped when read, so that later slots keep
//     their positions;
//   - a new field is appended after the last slot, where an older reader
//     skips it as an unknown trailing slot;
//   - a field whose type changes is an error: give it a new name (the old
//     one becomes a tombstone) or bump strata.FormatVersion and start a new
//     layout.
//
// A few fields are written by hand-made code instead (FieldCodecs), such as
// an index definition without the prefix its other fields restate.
//
// Run it with `go generate ./formats/strata`; TestCodecIsGenerated fails
// when the model and the generated files disagree.
package codecgen
