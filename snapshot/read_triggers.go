package snapshot

import (
	"context"
	"slices"
)

func readTriggers(ctx context.Context, r *reader) error {
	type row struct {
		OID            uint32 `db:"oid"`
		Schema         string `db:"schema"`
		Table          string `db:"table"`
		Name           string `db:"name"`
		Definition     string `db:"definition"`
		FunctionSchema string `db:"function_schema"`
		FunctionName   string `db:"function_name"`
		IsConstraint   bool   `db:"is_constraint"`
		Enabled        string `db:"enabled"`
		Comment        string `db:"comment"`
	}
	rows, err := collect[row](ctx, r, "triggers.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		t := Trigger{
			Schema:     x.Schema,
			Table:      x.Table,
			Name:       x.Name,
			Definition: x.Definition,
			Function:   QualifiedName{Schema: x.FunctionSchema, Name: x.FunctionName},
			Constraint: x.IsConstraint,
			Enabled:    x.Enabled,
			Comment:    x.Comment,
		}
		r.register(pgTrigger, x.OID, 0, t.ID())
		r.cat.Triggers = append(r.cat.Triggers, t)
	}
	return nil
}

func readEventTriggers(ctx context.Context, r *reader) error {
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
	rows, err := collect[row](ctx, r, "event_triggers.sql")
	if err != nil {
		return err
	}
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
}

func readPolicies(ctx context.Context, r *reader) error {
	type row struct {
		OID        uint32   `db:"oid"`
		Schema     string   `db:"schema"`
		Table      string   `db:"table"`
		Name       string   `db:"name"`
		Permissive bool     `db:"permissive"`
		Command    string   `db:"command"`
		Roles      []string `db:"roles"`
		Using      string   `db:"using_expr"`
		WithCheck  string   `db:"with_check"`
		Comment    string   `db:"comment"`
	}
	rows, err := collect[row](ctx, r, "policies.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		// The query orders them too, but in the database's collation rules;
		// the model wants byte order on every server.
		slices.Sort(x.Roles)
		p := Policy{
			Schema:     x.Schema,
			Table:      x.Table,
			Name:       x.Name,
			Permissive: x.Permissive,
			Command:    x.Command,
			Roles:      x.Roles,
			Using:      x.Using,
			WithCheck:  x.WithCheck,
			Comment:    x.Comment,
		}
		r.register(pgPolicy, x.OID, 0, p.ID())
		r.cat.Policies = append(r.cat.Policies, p)
	}
	return nil
}

func readRules(ctx context.Context, r *reader) error {
	type row struct {
		OID        uint32 `db:"oid"`
		Schema     string `db:"schema"`
		Table      string `db:"table"`
		Name       string `db:"name"`
		Definition string `db:"definition"`
		Enabled    string `db:"enabled"`
		Comment    string `db:"comment"`
	}
	rows, err := collect[row](ctx, r, "rules.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		rule := Rule{Schema: x.Schema, Table: x.Table, Name: x.Name, Definition: x.Definition,
			Enabled: x.Enabled, Comment: x.Comment}
		r.register(pgRewrite, x.OID, 0, rule.ID())
		r.cat.Rules = append(r.cat.Rules, rule)
	}
	return nil
}
