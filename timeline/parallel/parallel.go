// Package parallel runs the same work on many items on all cores: For when
// each result has its own place, Ordered when results are written out in
// the items' order (a feed, a JSON array) with only a window of them held at
// once.
package parallel

import (
	"io"
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls f(0) … f(n-1) on all cores and returns when all have returned.
// Each core takes the next item when it is done with one, so items of
// uneven work keep every core busy.
func For(n int, f func(i int)) {
	var wg sync.WaitGroup
	var next atomic.Int64
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		}()
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

// Join writes f(0) … f(n-1), made on all cores (see Ordered), to w in
// order: before the first, first; before each other, sep.
func Join(w io.Writer, n int, first, sep string, f func(i int) ([]byte, error)) error {
	before := first
	return Ordered(n, f, func(b []byte) error {
		if _, err := io.WriteString(w, before); err != nil {
			return err
		}
		before = sep
		_, err := w.Write(b)
		return err
	})
}
