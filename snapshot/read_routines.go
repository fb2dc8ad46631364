package snapshot

import (
	"context"
)

func readLanguages(ctx context.Context, r *reader) error {
	type row struct {
		OID       uint32 `db:"oid"`
		Name      string `db:"name"`
		Trusted   bool   `db:"trusted"`
		Handler   string `db:"handler"`
		Inline    string `db:"inline"`
		Validator string `db:"validator"`
		commonRow
	}
	rows, err := collect[row](ctx, r, "languages.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		common, err := x.common()
		if err != nil {
			return err
		}
		l := Language{Name: x.Name, Trusted: x.Trusted, Handler: x.Handler, Inline: x.Inline,
			Validator: x.Validator, Common: common}
		r.register(pgLanguage, x.OID, 0, l.ID())
		r.cat.Languages = append(r.cat.Languages, l)
	}
	return nil
}

func readFunctions(ctx context.Context, r *reader) error {
	type row struct {
		OID             uint32   `db:"oid"`
		Schema          string   `db:"schema"`
		Name            string   `db:"name"`
		Kind            string   `db:"kind"`
		IdentityArgs    string   `db:"identity_args"`
		Arguments       string   `db:"arguments"`
		Result          string   `db:"result"`
		Definition      string   `db:"definition"`
		Language        string   `db:"language"`
		Volatility      string   `db:"volatility"`
		Strict          bool     `db:"strict"`
		SecurityDefiner bool     `db:"security_definer"`
		Leakproof       bool     `db:"leakproof"`
		Parallel        string   `db:"parallel"`
		Config          []string `db:"config"`
		commonRow
	}
	rows, err := collect[row](ctx, r, "functions.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		common, err := x.common()
		if err != nil {
			return err
		}
		f := Function{
			Schema:          x.Schema,
			Name:            x.Name,
			Procedure:       x.Kind == "p",
			IdentityArgs:    x.IdentityArgs,
			Arguments:       x.Arguments,
			Result:          x.Result,
			Definition:      x.Definition,
			Language:        x.Language,
			Volatility:      x.Volatility,
			Strict:          x.Strict,
			SecurityDefiner: x.SecurityDefiner,
			Leakproof:       x.Leakproof,
			Parallel:        x.Parallel,
			Window:          x.Kind == "w",
			// nil when empty, as a decoded catalog has it (omitempty).
			Config: emptyToNil(x.Config),
			Common: common,
		}
		r.register(pgProc, x.OID, 0, f.ID())
		r.cat.Functions = append(r.cat.Functions, f)
	}
	return nil
}

func readAggregates(ctx context.Context, r *reader) error {
	type row struct {
		OID                  uint32  `db:"oid"`
		Schema               string  `db:"schema"`
		Name                 string  `db:"name"`
		IdentityArgs         string  `db:"identity_args"`
		Arguments            string  `db:"arguments"`
		Kind                 string  `db:"kind"`
		NumDirectArgs        int     `db:"num_direct_args"`
		TransitionFunc       string  `db:"transition_func"`
		FinalFunc            string  `db:"final_func"`
		CombineFunc          string  `db:"combine_func"`
		SerialFunc           string  `db:"serial_func"`
		DeserialFunc         string  `db:"deserial_func"`
		MovingTransitionFunc string  `db:"moving_transition_func"`
		MovingInverseFunc    string  `db:"moving_inverse_func"`
		MovingFinalFunc      string  `db:"moving_final_func"`
		TransitionType       string  `db:"transition_type"`
		TransitionSpace      int     `db:"transition_space"`
		FinalExtra           bool    `db:"final_extra"`
		FinalModify          string  `db:"final_modify"`
		InitialValue         *string `db:"initial_value"`
		MovingTransitionType string  `db:"moving_transition_type"`
		MovingSpace          int     `db:"moving_space"`
		MovingFinalExtra     bool    `db:"moving_final_extra"`
		MovingFinalModify    string  `db:"moving_final_modify"`
		MovingInitialValue   *string `db:"moving_initial_value"`
		SortOperator         string  `db:"sort_operator"`
		Parallel             string  `db:"parallel"`
		commonRow
	}
	rows, err := collect[row](ctx, r, "aggregates.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		common, err := x.common()
		if err != nil {
			return err
		}
		a := Aggregate{
			Schema:               x.Schema,
			Name:                 x.Name,
			IdentityArgs:         x.IdentityArgs,
			Arguments:            x.Arguments,
			Kind:                 x.Kind,
			NumDirectArgs:        x.NumDirectArgs,
			TransitionFunc:       x.TransitionFunc,
			TransitionType:       x.TransitionType,
			TransitionSpace:      x.TransitionSpace,
			FinalFunc:            x.FinalFunc,
			FinalExtra:           x.FinalExtra,
			FinalModify:          x.FinalModify,
			CombineFunc:          x.CombineFunc,
			SerialFunc:           x.SerialFunc,
			DeserialFunc:         x.DeserialFunc,
			InitialValue:         x.InitialValue,
			MovingTransitionFunc: x.MovingTransitionFunc,
			MovingInverseFunc:    x.MovingInverseFunc,
			MovingTransitionType: x.MovingTransitionType,
			MovingSpace:          x.MovingSpace,
			MovingFinalFunc:      x.MovingFinalFunc,
			MovingFinalExtra:     x.MovingFinalExtra,
			MovingInitialValue:   x.MovingInitialValue,
			SortOperator:         x.SortOperator,
			Parallel:             x.Parallel,
			Common:               common,
		}
		// aggmfinalmodify is filled in (with the default) even for an
		// aggregate that has no moving-aggregate mode; it only means
		// something alongside MSFUNC, so keep it out of the comparison
		// otherwise.
		if x.MovingTransitionFunc != "" {
			a.MovingFinalModify = x.MovingFinalModify
		}
		r.register(pgProc, x.OID, 0, a.ID())
		r.cat.Aggregates = append(r.cat.Aggregates, a)
	}
	return nil
}

func readOperators(ctx context.Context, r *reader) error {
	type row struct {
		OID        uint32 `db:"oid"`
		Schema     string `db:"schema"`
		Name       string `db:"name"`
		Left       string `db:"left_type"`
		Right      string `db:"right_type"`
		Result     string `db:"result"`
		Function   string `db:"function"`
		Commutator string `db:"commutator"`
		Negator    string `db:"negator"`
		Restrict   string `db:"restrict"`
		Join       string `db:"join"`
		Hashes     bool   `db:"hashes"`
		Merges     bool   `db:"merges"`
		Owner      string `db:"owner"`
		Comment    string `db:"comment"`
	}
	rows, err := collect[row](ctx, r, "operators.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		o := Operator{Schema: x.Schema, Name: x.Name, Left: x.Left, Right: x.Right, Result: x.Result,
			Function: x.Function, Commutator: x.Commutator, Negator: x.Negator, Restrict: x.Restrict,
			Join: x.Join, Hashes: x.Hashes, Merges: x.Merges, Owner: x.Owner, Comment: x.Comment}
		r.register(pgOperator, x.OID, 0, o.ID())
		r.cat.Operators = append(r.cat.Operators, o)
	}
	return nil
}

func readCasts(ctx context.Context, r *reader) error {
	type row struct {
		OID      uint32 `db:"oid"`
		Source   string `db:"source"`
		Target   string `db:"target"`
		Function string `db:"function"`
		Context  string `db:"context"`
		Method   string `db:"method"`
		Comment  string `db:"comment"`
	}
	rows, err := collect[row](ctx, r, "casts.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		c := Cast{Source: x.Source, Target: x.Target, Function: x.Function, Context: x.Context,
			Method: x.Method, Comment: x.Comment}
		r.register(pgCast, x.OID, 0, c.ID())
		r.cat.Casts = append(r.cat.Casts, c)
	}
	return nil
}
