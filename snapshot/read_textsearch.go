package snapshot

// Text search dictionaries and configurations: one family (a
// configuration maps token types to dictionaries), with the parsing of
// their options.

import (
	"slices"
	"strings"
)

// pg_ts_config and pg_ts_dict, as pg_depend addresses them.
const (
	pgTSConfig = 3602
	pgTSDict   = 3600
)

func textSearchDictionaryQueries() []query {
	type row struct {
		OID            uint32 `db:"oid"`
		Schema         string `db:"schema"`
		Name           string `db:"name"`
		TemplateSchema string `db:"template_schema"`
		TemplateName   string `db:"template_name"`
		Options        string `db:"options"`
		Owner          string `db:"owner"`
		Comment        string `db:"comment"`
	}
	return []query{collected[row]{"text_search_dictionaries.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			d := TextSearchDictionary{Schema: x.Schema, Name: x.Name, TemplateSchema: x.TemplateSchema,
				TemplateName: x.TemplateName, Options: splitDictOptions(x.Options), Owner: x.Owner, Comment: x.Comment}
			r.register(pgTSDict, x.OID, 0, d.ID())
			r.cat.TextSearchDicts = append(r.cat.TextSearchDicts, d)
		}
		return nil
	}}}
}

func textSearchConfigQueries() []query {
	type row struct {
		OID          uint32  `db:"oid"`
		Schema       string  `db:"schema"`
		Name         string  `db:"name"`
		ParserSchema string  `db:"parser_schema"`
		ParserName   string  `db:"parser_name"`
		Owner        string  `db:"owner"`
		Comment      string  `db:"comment"`
		TokenID      *int32  `db:"token_id"`
		TokenType    *string `db:"token_type"`
		DictSchema   *string `db:"dict_schema"`
		DictName     *string `db:"dict_name"`
	}
	// Rows come by configuration, then token type, then position.
	var last uint32
	return []query{streamed[row]{file: "text_search_configs.sql", use: func(r *reader, x *row) error {
		if len(r.cat.TextSearchConfigs) == 0 || x.OID != last {
			c := TextSearchConfig{Schema: x.Schema, Name: x.Name, ParserSchema: x.ParserSchema,
				ParserName: x.ParserName, Owner: x.Owner, Comment: x.Comment}
			r.register(pgTSConfig, x.OID, 0, c.ID())
			r.cat.TextSearchConfigs = append(r.cat.TextSearchConfigs, c)
			last = x.OID
		}
		if x.TokenType == nil || x.DictName == nil {
			return nil // no mappings, or a dictionary dropped under the read
		}
		c := &r.cat.TextSearchConfigs[len(r.cat.TextSearchConfigs)-1]
		if n := len(c.Mappings); n == 0 || c.Mappings[n-1].TokenType != *x.TokenType {
			c.Mappings = append(c.Mappings, TextSearchMapping{TokenType: *x.TokenType})
		}
		m := &c.Mappings[len(c.Mappings)-1]
		m.Dictionaries = append(m.Dictionaries, TextSearchDictionaryRef{Schema: *x.DictSchema, Name: *x.DictName})
		return nil
	}}}
}

// splitDictOptions splits a dictinitoption ("a = 'x, y', b = 1") at its
// top-level commas, skipping commas in quoted literals and identifiers
// (quotes doubled inside, as the server writes them), and sorts the entries.
func splitDictOptions(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	var quote byte
	start := 0
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case quote != 0 && ch == quote:
			if i+1 < len(s) && s[i+1] == quote {
				i++ // a doubled quote stays inside
			} else {
				quote = 0
			}
		case quote != 0:
		case ch == '\'' || ch == '"':
			quote = ch
		case ch == ',':
			out = append(out, strings.TrimSpace(s[start:i]))
			start = i + 1
		}
	}
	out = append(out, strings.TrimSpace(s[start:]))
	slices.Sort(out)
	return out
}
