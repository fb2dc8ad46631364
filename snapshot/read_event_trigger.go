package snapshot

// Event triggers: database-wide, on DDL events rather than on a table.

import "slices"

func eventTriggerQueries() []query {
	type row struct {
		OID            uint32   `db:"oid"`
		Name           string   `db:"name"`
		Event          string   `db:"event"`
		Tags           []string `db:"tags"`
		FunctionSchema string   `db:"function_schema"`
		FunctionName   string   `db:"function_name"`
		Enabled        string   `db:"enabled"`
		Owner          string   `db:"owner"`
		Comment        string   `db:"comment"`
	}
	return []query{collected[row]{"event_triggers.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			// Tags are a set: sort so the order they were written in does not count.
			slices.Sort(x.Tags)
			t := EventTrigger{
				Name:     x.Name,
				Event:    x.Event,
				Tags:     emptyToNil(x.Tags),
				Function: QualifiedName{Schema: x.FunctionSchema, Name: x.FunctionName},
				Enabled:  x.Enabled,
				Owner:    x.Owner,
				Comment:  x.Comment,
			}
			r.register(pgEventTrigger, x.OID, 0, t.ID())
			r.cat.EventTriggers = append(r.cat.EventTriggers, t)
		}
		return nil
	}}}
}
