package main

import (
	"fmt"
	"math/rand/v2"
)

// Names come from fixed word lists, picked by the seeded generator, so that
// the schema reads like an application's and not like t1…tN. A numeric
// suffix keeps every name unique.

var schemaWords = []string{
	"core", "billing", "sales", "inventory", "crm", "hr", "ops", "audit",
	"catalog", "shipping", "support", "analytics", "marketing", "finance",
	"identity", "content", "payments", "reporting", "scheduling", "messaging",
}

var tableFirstWords = []string{
	"customer", "order", "invoice", "product", "account", "vendor", "shipment",
	"employee", "ticket", "project", "campaign", "contract", "payment", "store",
	"warehouse", "supplier", "lead", "asset", "budget", "course", "member",
	"device", "policy", "claim", "booking", "route", "lesson", "article",
}

var tableSecondWords = []string{
	"items", "notes", "lines", "details", "entries", "records", "requests",
	"tags", "links", "versions", "settings", "rates", "slots", "reviews",
	"batches", "limits", "targets", "snapshots", "tasks", "files",
}

var enumWords = []string{
	"status", "state", "kind", "level", "tier", "stage", "channel", "category",
	"priority", "source", "region", "phase",
}

var enumLabels = []string{
	"draft", "pending", "active", "paused", "closed", "archived", "new",
	"approved", "rejected", "shipped", "low", "medium", "high", "urgent",
	"internal", "external", "gold", "silver", "bronze", "open",
}

// colTemplate is a column a table may have besides id, its foreign key and
// its timestamps.
type colTemplate struct {
	name string
	kind colKind
}

var colTemplates = []colTemplate{
	{"name", kText}, {"title", kText}, {"description", kText}, {"note", kText},
	{"email", kVarchar}, {"code", kVarchar}, {"sku", kVarchar}, {"reference", kVarchar}, {"phone", kVarchar},
	{"amount", kNumeric}, {"price", kNumeric}, {"balance", kNumeric}, {"rate", kNumeric},
	{"quantity", kInt}, {"position", kInt}, {"attempts", kInt},
	{"is_active", kBool}, {"is_archived", kBool}, {"is_public", kBool},
	{"metadata", kJSON}, {"settings", kJSON}, {"payload", kJSON},
	{"status", kEnum}, {"kind", kEnum}, {"tier", kEnum},
	{"due_on", kDate}, {"starts_on", kDate},
	{"published_at", kTime}, {"closed_at", kTime},
}

var varcharLengths = []int{16, 32, 64, 120, 255}

var numericTypes = [][2]int{{10, 2}, {12, 2}, {14, 4}, {8, 3}}

var commentPhrases = []string{
	"Kept for the yearly audit.", "Written by the import job.", "One row per business event.",
	"Owned by the platform team.", "Read by the reporting service.", "Do not update by hand.",
	"Mirrors the upstream system.", "Soft-deleted rows stay here.",
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// schemaName is the i-th schema of the single layout.
func schemaName(i int) string {
	if i < len(schemaWords) {
		return schemaWords[i]
	}
	return fmt.Sprintf("%s_%d", schemaWords[i%len(schemaWords)], i)
}

func tenantName(i int) string { return fmt.Sprintf("tenant_%04d", i) }
