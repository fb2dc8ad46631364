package pgserver

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// Reload makes the server re-read its configuration files and waits until
// new connections get the result. pg_reload_conf only signals the
// postmaster; it has reloaded once a newly started backend inherits a
// configuration load time later than the request.
func (s *Server) Reload(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return err
	}
	var asked time.Time
	err = conn.QueryRow(ctx, "SELECT clock_timestamp(), pg_reload_conf()").Scan(&asked, nil)
	conn.Close(ctx)
	if err != nil {
		return err
	}
	for {
		var loaded bool
		conn, err := pgx.Connect(ctx, s.URL("postgres"))
		if err == nil {
			err = conn.QueryRow(ctx, "SELECT pg_conf_load_time() >= $1", asked).Scan(&loaded)
			conn.Close(ctx)
		}
		if err != nil || loaded {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}
