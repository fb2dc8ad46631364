-- The read's own check that it runs where it must: a read-only transaction
-- (so it can change nothing) at REPEATABLE READ (so every query sees the
-- same moment). It is the first query sent; see transactionQueries.
SELECT pg_catalog.current_setting('transaction_read_only') AS read_only,
       pg_catalog.current_setting('transaction_isolation') AS isolation
