package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// longArticle is an article of about n bytes telling of many distinct
// events, a chronicle of talks over 35 years.
func longArticle(n int) string {
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	sides := []string{"Tajikistan", "Kyrgyzstan", "Kazakhstan", "Uzbekistan", "Turkmenistan", "China", "Russia", "Turkey"}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		a, c := sides[i%8], sides[(i/8+1+i%8)%8]
		if a == c {
			c = sides[(i+1)%8]
		}
		fmt.Fprintf(&b, "On %d %s %d, the foreign ministers of %s and %s held talks in Dushanbe.\n\n", i%28+1, months[(i/28)%12], 1990+(i/336)%35, a, c)
	}
	return b.String()
}

// The cost of an article grows with its length, not with its square: one
// eight times as long takes less than 24 times as long to build (a square
// would take 64 times), with the store and without. The times are of
// one run each, compared within the run.
func TestLongArticleCost(t *testing.T) {
	if testing.Short() {
		t.Skip("builds an article of 400 KB")
	}
	const small = 50 << 10
	build := func(size int, flags ...string) time.Duration {
		corpus := t.TempDir()
		writeFile(t, filepath.Join(corpus, "chronicle.txt"), longArticle(size))
		start := time.Now()
		if _, err := run(t, append([]string{"build", "--corpus", corpus, "--out", filepath.Join(t.TempDir(), "site")}, flags...)...); err != nil {
			t.Fatal(err)
		}
		return time.Since(start)
	}
	for _, flags := range [][]string{{"--no-store"}, nil} {
		base := min(build(small, flags...), build(small, flags...))
		limit := 24 * base
		done := make(chan time.Duration, 1)
		go func() { done <- build(8*small, flags...) }()
		select {
		case d := <-done:
			t.Logf("build %v: an article of %d KB took %.1f× one of %d KB", flags, 8*small>>10, float64(d)/float64(base), small>>10)
			if d > limit {
				t.Errorf("build %v: an article of %d KB took %v, %.0f× one of %d KB", flags, 8*small>>10, d, float64(d)/float64(base), small>>10)
			}
		case <-time.After(limit):
			t.Fatalf("build %v: an article of %d KB took more than %v, 24× one of %d KB (%v)", flags, 8*small>>10, limit, small>>10, base)
		}
	}
}
