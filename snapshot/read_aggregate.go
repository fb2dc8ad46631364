package snapshot

// Aggregates: pg_proc rows with a pg_aggregate row, read apart from
// functions because they are created and compared by their parts.

func aggregateQueries() []query {
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
	return []query{collected[row]{"aggregates.sql", func(r *reader, rows []row) error {
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
	}}}
}
