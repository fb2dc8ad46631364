package snapshot

import "context"

// Placeholders until the readers for these kinds land.

func readLanguages(ctx context.Context, r *reader) error           { return nil }
func readFunctions(ctx context.Context, r *reader) error           { return nil }
func readAggregates(ctx context.Context, r *reader) error          { return nil }
func readOperators(ctx context.Context, r *reader) error           { return nil }
func readCasts(ctx context.Context, r *reader) error               { return nil }
func readTriggers(ctx context.Context, r *reader) error            { return nil }
func readEventTriggers(ctx context.Context, r *reader) error       { return nil }
func readPolicies(ctx context.Context, r *reader) error            { return nil }
func readRules(ctx context.Context, r *reader) error               { return nil }
func readStatistics(ctx context.Context, r *reader) error          { return nil }
func readPublications(ctx context.Context, r *reader) error        { return nil }
func readForeignDataWrappers(ctx context.Context, r *reader) error { return nil }
func readForeignServers(ctx context.Context, r *reader) error      { return nil }
func readDefaultPrivileges(ctx context.Context, r *reader) error   { return nil }
