// Package show prints one catalog (a snapshot file's or a live
// database's) for people and tools: `pgstrata show`.
//
// The sql format is the DDL that rebuilds the schema in an empty database:
// the diff (package diffengine) from the catalog of a fresh database of the
// same server version (snapshot.FreshCatalog: schema public and plpgsql,
// pinned per major and checked against real servers) to the catalog, with
// owners and privileges. So it is in dependency order, deterministic, and
// made by the same rules that every round-trip case proves; TestShowRebuilds
// loads it into empty databases and requires the catalog back. Roles are
// not part of a catalog: the ones it names as owners and grantees must
// exist where the script runs.
//
// Patterns, --schema, --exclude-schema and --kind select objects (see
// Options); the output is then the selected subset of the same statements,
// in the same order, which need not load on its own.
//
// The json format lists the selected objects with their attributes (see
// JSON and show.schema.json).
package show
