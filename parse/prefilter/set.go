package prefilter

import (
	"slices"
	"sync"
)

// A Set finds the literals of several patterns in one pass over a text, with
// an Aho–Corasick automaton, where each pattern alone searches the text once
// for each of its literals. Its Found answers what the patterns' Maybe,
// FindAll and Match answer.
type Set struct {
	index map[*Regexp]int // a pattern's place in any and start
	any   [][]int32       // each pattern's required literals (Literals), by number; nil: none
	start [][]int32       // each pattern's literal starts (Starts), by number
	lits  []string        // the distinct literals

	// the automaton: for a state's row and a class of byte, the next
	// state's row in next, doubled, plus one when literals end in it
	class  [256]uint8
	nclass int
	next   []int32
	out    [][]int32 // the literals that end in each state

	free sync.Pool // of *Found, for Scan
}

// NewSet returns the set of the patterns res.
func NewSet(res ...*Regexp) *Set {
	s := &Set{index: map[*Regexp]int{}}
	ids := map[string]int32{}
	number := func(lits []string) []int32 {
		if lits == nil {
			return nil
		}
		out := make([]int32, 0, len(lits))
		for _, l := range lits {
			id, ok := ids[l]
			if !ok {
				id = int32(len(s.lits))
				ids[l] = id
				s.lits = append(s.lits, l)
			}
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
		return out
	}
	for _, r := range res {
		if _, ok := s.index[r]; ok {
			continue
		}
		s.index[r] = len(s.any)
		s.any = append(s.any, number(r.any))
		s.start = append(s.start, number(r.starts))
	}
	s.build()
	return s
}

// build makes the automaton of s.lits: a trie whose missing edges lead
// where the longest suffix read so far that is a prefix of a literal leads.
func (s *Set) build() {
	for _, l := range s.lits {
		for i := 0; i < len(l); i++ {
			if s.class[l[i]] == 0 {
				if s.nclass == 255 {
					panic("prefilter: a set's literals have more than 255 distinct bytes")
				}
				s.nclass++
				s.class[l[i]] = uint8(s.nclass)
			}
		}
	}
	n := s.nclass + 1        // class 0: bytes no literal has
	next := make([]int32, n) // state 0, the root; states by number here
	out := [][]int32{nil}
	for id, l := range s.lits {
		st := int32(0)
		for i := 0; i < len(l); i++ {
			c := int(s.class[l[i]])
			if next[int(st)*n+c] == 0 {
				next[int(st)*n+c] = int32(len(out))
				next = append(next, make([]int32, n)...)
				out = append(out, nil)
			}
			st = next[int(st)*n+c]
		}
		out[st] = append(out[st], int32(id))
	}
	// breadth first, so that a state's fallback is complete before it
	fail := make([]int32, len(out))
	queue := []int32{}
	for c := range n {
		if t := next[c]; t != 0 {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		out[st] = append(out[st], out[fail[st]]...)
		for c := range n {
			t := next[int(st)*n+c]
			if t != 0 {
				fail[t] = next[int(fail[st])*n+c]
				queue = append(queue, t)
			} else {
				next[int(st)*n+c] = next[int(fail[st])*n+c]
			}
		}
	}
	// state numbers to rows, marked
	s.out = out
	s.next = make([]int32, len(next))
	for i, t := range next {
		s.next[i] = int32(int(t)*n) << 1
		if len(out[t]) > 0 {
			s.next[i] |= 1
		}
	}
}

// Found is where the literals of a Set occur in one text.
type Found struct {
	set   *Set
	lower string
	head  []int32 // each literal's last occurrence in occ, or -1
	occ   []occurrence
}

type occurrence struct {
	at       int   // where it starts, in bytes
	id, prev int32 // the literal; its occurrence before, or -1
}

// Scan returns where the literals of s occur in lower, a text's Lower form.
// Release gives the Found back when it is no longer needed.
func (s *Set) Scan(lower string) *Found {
	f, _ := s.free.Get().(*Found)
	if f == nil {
		f = &Found{set: s, head: make([]int32, len(s.lits))}
		for i := range f.head {
			f.head[i] = -1
		}
	}
	f.lower = lower
	n, row := int32(s.nclass+1), int32(0)
	for i := 0; i < len(lower); i++ {
		v := s.next[row+int32(s.class[lower[i]])]
		row = v >> 1
		if v&1 == 0 {
			continue
		}
		for _, id := range s.out[row/n] {
			f.occ = append(f.occ, occurrence{at: i + 1 - len(s.lits[id]), id: id, prev: f.head[id]})
			f.head[id] = int32(len(f.occ) - 1)
		}
	}
	return f
}

// Release lets the set use f again for another Scan; f must not be used
// after. A Found not released is left to the collector.
func (f *Found) Release() {
	for _, o := range f.occ {
		f.head[o.id] = -1
	}
	f.occ = f.occ[:0]
	f.lower = ""
	f.set.free.Put(f)
}

// Maybe is r.Maybe for the text scanned.
func (f *Found) Maybe(r *Regexp) bool {
	i, ok := f.set.index[r]
	if !ok {
		return r.Maybe(f.lower)
	}
	return f.maybe(r, i)
}

// maybe is Maybe for r, the set's i-th pattern.
func (f *Found) maybe(r *Regexp, i int) bool {
	if r.any == nil {
		return true
	}
	for _, id := range f.set.any[i] {
		if f.head[id] >= 0 {
			return true
		}
	}
	return false
}

// FindAll is r.FindAll for s, the text whose Lower form was scanned.
func (f *Found) FindAll(r *Regexp, s string) [][]int {
	i, ok := f.set.index[r]
	if !ok {
		return r.FindAll(s, f.lower)
	}
	if !f.maybe(r, i) {
		return nil
	}
	if r.starts == nil {
		return r.FindAllStringIndex(s, -1)
	}
	var out [][]int
	r.eachAt(s, f.starts(i), func(loc []int) bool {
		out = append(out, loc)
		return true
	})
	return out
}

// Match is r.Match for s, the text whose Lower form was scanned.
func (f *Found) Match(r *Regexp, s string) bool {
	i, ok := f.set.index[r]
	if !ok {
		return r.Match(s, f.lower)
	}
	if !f.maybe(r, i) {
		return false
	}
	if r.starts == nil {
		return r.Regexp.MatchString(s)
	}
	found := false
	r.eachAt(s, f.starts(i), func([]int) bool {
		found = true
		return false
	})
	return found
}

// starts returns where the set's i-th pattern's literal starts occur, in
// order.
func (f *Found) starts(i int) []int {
	var at []int
	for _, id := range f.set.start[i] {
		for o := f.head[id]; o >= 0; o = f.occ[o].prev {
			at = append(at, f.occ[o].at)
		}
	}
	slices.Sort(at)
	return slices.Compact(at)
}
