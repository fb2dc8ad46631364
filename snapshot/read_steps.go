package snapshot

// The read is a list of steps, each one kind (or a few closely related
// kinds) of object, and each a list of query declarations (see
// read_query.go) in the order they run. This list is the one place that
// says which queries a read sends and in what order; each step's file
// (read_<kind>.go) says what its queries' rows become.

// readStep declares one step. Its queries are made afresh for each read
// (plan), so that a step's declarations can share state in their closures
// (an index of OIDs that a later query of the step attaches rows by, what
// a follow-up must complete) without it outliving the read.
type readStep struct {
	what string
	plan func() []query
}

// readSteps run in this order. Dependencies come last: they are resolved
// through the identities that the other steps registered.
var readSteps = []readStep{
	{"transaction", transactionQueries},
	{"schemas", schemaQueries},
	{"extensions", extensionQueries},
	{"extension members", extensionMemberQueries},
	{"languages", languageQueries},
	{"collations", collationQueries},
	{"types", typeQueries},
	{"relations", relationQueries},
	{"columns", columnQueries},
	{"sequences", sequenceQueries},
	{"indexes", indexQueries},
	{"constraints", constraintQueries},
	{"functions", functionQueries},
	{"aggregates", aggregateQueries},
	{"operators", operatorQueries},
	{"casts", castQueries},
	{"triggers", triggerQueries},
	{"event triggers", eventTriggerQueries},
	{"policies", policyQueries},
	{"rules", ruleQueries},
	{"extended statistics", statisticsQueries},
	{"text search dictionaries", textSearchDictionaryQueries},
	{"text search configurations", textSearchConfigQueries},
	{"publications", publicationQueries},
	{"foreign data wrappers", foreignDataWrapperQueries},
	{"foreign servers", foreignServerQueries},
	{"default privileges", defaultPrivilegeQueries},
	{"dependencies", dependencyQueries},
	{"objects not modeled", notModeledQueries},
	{"objects not readable", notReadableQueries},
}

// plannedStep is a step with its queries declared for one read.
type plannedStep struct {
	what    string
	queries []query
}

// planSteps declares every step's queries for one read.
func planSteps() []plannedStep {
	steps := make([]plannedStep, len(readSteps))
	for i, s := range readSteps {
		steps[i] = plannedStep{s.what, s.plan()}
	}
	return steps
}

// declaredQueryFiles lists every query file a declaration names, once per
// declaration: the steps' and those run outside the steps.
func declaredQueryFiles() []string {
	var files []string
	for _, step := range planSteps() {
		for _, q := range step.queries {
			files = append(files, q.name())
		}
	}
	return append(files, catalogChangesQuery)
}
