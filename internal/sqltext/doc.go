// Package sqltext writes SQL text safely: identifiers quoted exactly when
// PostgreSQL needs it, literals escaped, bodies dollar-quoted with a tag that
// cannot occur inside them. Every name and value pgstrata prints goes through
// here, so a hostile name stays a name.
package sqltext
