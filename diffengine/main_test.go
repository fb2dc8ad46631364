package diffengine_test

import (
	"testing"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }
