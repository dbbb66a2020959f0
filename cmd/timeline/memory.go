package main

import (
	"os"
	"runtime/debug"
)

// defaultMemoryLimit is the memory a run aims to stay under when
// GOMEMLIMIT does not say. Without a limit Go's collector lets the heap
// grow to twice what is live, and a build's live heap peaks while runs of
// months merge. The limit is soft: the collector runs more often near it,
// and a corpus whose live heap is larger still builds, more slowly.
const defaultMemoryLimit = 240 << 20

// limitMemory sets the default memory limit, unless GOMEMLIMIT sets one
// ("off" for none).
func limitMemory() {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
}
