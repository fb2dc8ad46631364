package snapshot

import "context"

func readCollations(ctx context.Context, r *reader) error   { return nil }
func readTypes(ctx context.Context, r *reader) error        { return nil }
func readSequences(ctx context.Context, r *reader) error    { return nil }
func readRelations(ctx context.Context, r *reader) error    { return nil }
func readColumns(ctx context.Context, r *reader) error      { return nil }
func readConstraints(ctx context.Context, r *reader) error  { return nil }
func readIndexes(ctx context.Context, r *reader) error      { return nil }
func readDependencies(ctx context.Context, r *reader) error { return nil }
func readNotModeled(ctx context.Context, r *reader) error   { return nil }
