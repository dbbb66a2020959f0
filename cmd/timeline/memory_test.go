package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// The default limit applies only when GOMEMLIMIT says nothing.
func TestLimitMemory(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	for _, c := range []struct {
		env  string // "-": unset
		want int64
	}{
		{"-", defaultMemoryLimit},
		{"1GiB", 1 << 30}, // what the runtime read of it at start stands
	} {
		debug.SetMemoryLimit(1 << 30)
		t.Setenv("GOMEMLIMIT", c.env) // restored after the test
		if c.env == "-" {
			os.Unsetenv("GOMEMLIMIT")
		}
		limitMemory()
		if got := debug.SetMemoryLimit(-1); got != c.want {
			t.Errorf("GOMEMLIMIT %s: limit %d, want %d", c.env, got, c.want)
		}
	}
}
