package strata

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/pgstrata/pgstrata/snapshot"
)

// headerWire is the header as format version 7 on writes it: a msgpack map
// as before (an older build of the same version skips keys it does not
// know, so fields can still be added), but keyed by one letter instead of
// the Go field name, and the body digest as its 32 bytes instead of
// "sha256:" and 64 hex digits. Versions 1-6 keyed the map by field name,
// which took about 170 bytes of a header of 590: a sixth of pagila's
// whole file, whose body compresses to 7 KB. Header stays the API; this
// is only its encoding.
//
// The letters are fixed: a reader of version 7 knows them, and a new
// field takes a letter no field has had.
type headerWire struct {
	ToolVersion      string        `msgpack:"t,omitempty"`
	FormatVersion    int           `msgpack:"v"`
	ServerVersion    string        `msgpack:"s,omitempty"`
	ServerVersionNum int           `msgpack:"n,omitempty"`
	Database         string        `msgpack:"d,omitempty"`
	CapturedAt       time.Time     `msgpack:"a,omitempty"`
	Source           string        `msgpack:"u,omitempty"`
	Options          []string      `msgpack:"o,omitempty"`
	BodySHA256       []byte        `msgpack:"h"`
	BodyLength       int64         `msgpack:"l"`
	Compression      string        `msgpack:"c"`
	CompressedLength int64         `msgpack:"z"`
	Contents         *contentsWire `msgpack:"k,omitempty"`
}

// contentsWire is Contents as headerWire writes it.
type contentsWire struct {
	Objects      []KindCount        `msgpack:"o,omitempty"`
	Dependencies int                `msgpack:"e,omitempty"`
	NotModeled   []catalogCountWire `msgpack:"m,omitempty"`
	NotReadable  []catalogCountWire `msgpack:"r,omitempty"`
}

// catalogCountWire is a snapshot.CatalogCount as a two-element array.
type catalogCountWire struct {
	_msgpack struct{} `msgpack:",as_array"`
	Catalog  string
	Count    int
}

// shortHeaderFrom is the first format version whose header is a headerWire.
const shortHeaderFrom = 7

// toWire returns h as headerWire writes it. h.BodyDigest must be a valid
// digest (Encode sets it).
func (h Header) toWire() (headerWire, error) {
	sum, err := digestBytes(h.BodyDigest)
	if err != nil {
		return headerWire{}, err
	}
	w := headerWire{
		ToolVersion: h.ToolVersion, FormatVersion: h.FormatVersion,
		ServerVersion: h.ServerVersion, ServerVersionNum: h.ServerVersionNum,
		Database: h.Database, CapturedAt: h.CapturedAt, Source: h.Source, Options: h.Options,
		BodySHA256: sum, BodyLength: h.BodyLength, Compression: h.Compression, CompressedLength: h.CompressedLength,
	}
	if c := h.Contents; c != nil {
		w.Contents = &contentsWire{Objects: c.Objects, Dependencies: c.Dependencies,
			NotModeled: countsToWire(c.NotModeled), NotReadable: countsToWire(c.NotReadable)}
	}
	return w, nil
}

// header returns the Header that w encodes, or an error if its digest is
// not a SHA-256 sum.
func (w headerWire) header() (Header, error) {
	if len(w.BodySHA256) != sha256.Size {
		return Header{}, fmt.Errorf("a body digest of %d bytes, want %d", len(w.BodySHA256), sha256.Size)
	}
	h := Header{
		ToolVersion: w.ToolVersion, FormatVersion: w.FormatVersion,
		ServerVersion: w.ServerVersion, ServerVersionNum: w.ServerVersionNum,
		Database: w.Database, CapturedAt: w.CapturedAt, Source: w.Source, Options: w.Options,
		BodyDigest: digestString(w.BodySHA256), BodyLength: w.BodyLength,
		Compression: w.Compression, CompressedLength: w.CompressedLength,
	}
	if c := w.Contents; c != nil {
		h.Contents = &Contents{Objects: c.Objects, Dependencies: c.Dependencies,
			NotModeled: countsFromWire(c.NotModeled), NotReadable: countsFromWire(c.NotReadable)}
	}
	return h, nil
}

// digestBytes returns the sum a "sha256:<hex>" digest names.
func digestBytes(digest string) ([]byte, error) {
	if !validDigest(digest) {
		return nil, fmt.Errorf("malformed body digest %q", digest)
	}
	return hex.DecodeString(strings.TrimPrefix(digest, "sha256:"))
}

func countsToWire(counts []snapshot.CatalogCount) []catalogCountWire {
	if counts == nil {
		return nil
	}
	out := make([]catalogCountWire, len(counts))
	for i, c := range counts {
		out[i] = catalogCountWire{Catalog: c.Catalog, Count: c.Count}
	}
	return out
}

func countsFromWire(counts []catalogCountWire) []snapshot.CatalogCount {
	if counts == nil {
		return nil
	}
	out := make([]snapshot.CatalogCount, len(counts))
	for i, c := range counts {
		out[i] = snapshot.CatalogCount{Catalog: c.Catalog, Count: c.Count}
	}
	return out
}

// decodeHeader decodes the header of a file of the given format version.
func decodeHeader(hb []byte, version int) (Header, error) {
	if version < shortHeaderFrom {
		var h Header
		err := unmarshal(hb, &h, headerShape(), headerBudget)
		return h, err
	}
	var w headerWire
	if err := unmarshal(hb, &w, headerWireShape(), headerBudget); err != nil {
		return Header{}, err
	}
	return w.header()
}
