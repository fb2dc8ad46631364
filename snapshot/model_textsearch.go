package snapshot

// Text search objects. None of their fields is tagged intern, and they do not
// embed Common or QualifiedName (whose fields are): a reader older than these
// kinds skips their keys without entering their strings in the intern table,
// so an interned string here would shift every later reference for it (see
// formats/strata's doc).

// TextSearchConfig is a CREATE TEXT SEARCH CONFIGURATION object: a parser
// (fixed at creation) and, per token type, the dictionaries tried in order.
type TextSearchConfig struct {
	Schema       string
	Name         string
	ParserSchema string
	ParserName   string
	// Mappings are in token type order (the parser's token ids), one per
	// mapped token type.
	Mappings []TextSearchMapping `msgpack:",omitempty"`
	Owner    string              `msgpack:",omitempty"`
	Comment  string              `msgpack:",omitempty"`
}

// TextSearchMapping maps one token type (its alias, as ts_token_type names
// it) to dictionaries, in the order they are consulted.
type TextSearchMapping struct {
	TokenType    string
	Dictionaries []TextSearchDictionaryRef
}

// TextSearchDictionaryRef names a dictionary (often one in pg_catalog).
type TextSearchDictionaryRef struct {
	Schema string
	Name   string
}

// TextSearchDictionary is a CREATE TEXT SEARCH DICTIONARY object: a
// template (fixed at creation) and its options.
type TextSearchDictionary struct {
	Schema         string
	Name           string
	TemplateSchema string
	TemplateName   string
	// Options are the dictionary's options, each "name = value" as the
	// server stores them (pg_ts_dict.dictinitoption, split at the top-level
	// commas), sorted by name: ALTER TEXT SEARCH DICTIONARY moves a changed
	// option to the end, and the order means nothing to the templates.
	Options []string `msgpack:",omitempty"`
	Owner   string   `msgpack:",omitempty"`
	Comment string   `msgpack:",omitempty"`
}
