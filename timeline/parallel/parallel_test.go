package parallel_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ca-diplomacy/timeline/timeline/parallel"
)

func TestOrdered(t *testing.T) {
	for _, n := range []int{0, 1, parallel.Block - 1, parallel.Block, 10*parallel.Block + 7} {
		var got []int
		err := parallel.Ordered(n, func(i int) (int, error) { return i * i, nil }, func(v int) error {
			got = append(got, v)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != n {
			t.Fatalf("n=%d: %d results", n, len(got))
		}
		for i, v := range got {
			if v != i*i {
				t.Fatalf("n=%d: result %d is %d, want %d (out of order)", n, i, v, i*i)
			}
		}
	}
}

func TestOrderedError(t *testing.T) {
	stop := errors.New("stop")
	var made atomic.Int64
	emitted := 0
	err := parallel.Ordered(5*parallel.Block, func(i int) (int, error) { made.Add(1); return i, nil }, func(v int) error {
		if v == 10 {
			return stop
		}
		emitted++
		return nil
	})
	if err != stop || emitted != 10 {
		t.Errorf("got %v after %d emitted, want the emit error after 10", err, emitted)
	}
	if made.Load() != 5*parallel.Block {
		t.Errorf("%d of %d made: every worker should finish", made.Load(), 5*parallel.Block)
	}
}

func TestOrderedMakeError(t *testing.T) {
	bad := errors.New("bad item")
	var emitted []int
	err := parallel.Ordered(3*parallel.Block, func(i int) (int, error) {
		if i == 300 || i == 700 {
			return 0, bad
		}
		return i, nil
	}, func(v int) error {
		emitted = append(emitted, v)
		return nil
	})
	if err != bad || len(emitted) != 300 || emitted[299] != 299 {
		t.Errorf("got %v after %d emitted, want the first failing item's error after 300", err, len(emitted))
	}
}

func TestFor(t *testing.T) {
	seen := make([]int32, 1000)
	parallel.For(len(seen), func(i int) { atomic.AddInt32(&seen[i], 1) })
	for i, n := range seen {
		if n != 1 {
			t.Fatalf("item %d done %d times", i, n)
		}
	}
}

func ExampleOrdered() {
	words := []string{"summit", "visit", "talks"}
	parallel.Ordered(len(words), func(i int) (string, error) { return fmt.Sprintf("%d:%s", i, words[i]), nil },
		func(s string) error { fmt.Println(s); return nil })
	// Output:
	// 0:summit
	// 1:visit
	// 2:talks
}

func ExampleJoin() {
	words := []string{"one", "two", "three"}
	parallel.Join(os.Stdout, len(words), "[", ", ", func(i int) ([]byte, error) {
		return []byte(strings.ToUpper(words[i])), nil
	})
	fmt.Println("]")
	// Output: [ONE, TWO, THREE]
}
