// Package parallel runs the same work on many items on all cores: For when
// each result has its own place, Ordered when results are written out in
// the items' order (a feed, a JSON array) with only a window of them held at
// once.
package parallel

import (
	"runtime"
	"sync"
)

// For calls f(0) … f(n-1) on all cores and returns when all have returned.
func For(n int, f func(i int)) {
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for i := k; i < n; i += workers {
				f(i)
			}
		}(k)
	}
	wg.Wait()
}

// Block is how many items a worker takes at once in Ordered.
const Block = 256

// Ordered calls f(0) … f(n-1) on all cores and emit with each result in
// order, holding no more than a few blocks of results per core. The first
// error, of f or of emit, in the items' order, ends the emitting (the rest
// are still made) and is returned.
func Ordered[T any](n int, f func(i int) (T, error), emit func(T) error) error {
	workers := runtime.GOMAXPROCS(0)
	type result struct {
		v   T
		err error
	}
	blocks := make(chan chan []result, 2*workers) // in order; full when the writer lags
	go func() {
		sem := make(chan struct{}, workers)
		for lo := 0; lo < n; lo += Block {
			ch := make(chan []result, 1)
			blocks <- ch
			sem <- struct{}{}
			go func(lo, hi int) {
				defer func() { <-sem }()
				vs := make([]result, hi-lo)
				for i := range vs {
					vs[i].v, vs[i].err = f(lo + i)
				}
				ch <- vs
			}(lo, min(n, lo+Block))
		}
		close(blocks)
	}()
	var err error
	for ch := range blocks {
		for _, r := range <-ch {
			if err == nil {
				err = r.err
			}
			if err == nil {
				err = emit(r.v)
			}
		}
	}
	return err
}
