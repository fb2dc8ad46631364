package snapshot

// SetDeparseStats lets tests see how many definitions the reader left to
// the server (see deparse.go).
func SetDeparseStats(f func(kind string, built, unbuilt int)) { deparseStats = f }
