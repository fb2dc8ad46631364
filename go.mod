module github.com/pgstrata/pgstrata

go 1.26.8
