# Targets for developers and CI (.ci/run calls `make test`).
# Database tests start their own PostgreSQL clusters through internal/pgtest;
# PGSTRATA_PG_MAJORS (default 15,17) picks the server majors.
GO ?= go

.PHONY: test build fmt

test:
	$(GO) vet ./... && $(GO) test -count=1 -timeout 60m ./...

build:
	mkdir -p bin
	$(GO) build -o bin/ ./cmd/pgstrata

fmt:
	$(GO) fmt ./...
