package timeline

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/timeline/parallel"
)

// The merge works in runs of months (see chain): the events of a run
// merge only with each other. A run's merged events depend on nothing but
// what the files whose events fall in it give, so a cache keeps them under
// a key made of those files' keys: after one article changed, only the
// runs its events fall in are merged again, and the files of the other
// runs are not even decoded. To know the runs without the mentions, the
// cache keeps with each file the months of its events (see Months).

// eventSpan is the months of an event: those of its date and of the dates
// a plan put off was moved from (see joinMoved).
func eventSpan(e *Event) span {
	lo, hi := monthSpan(e.Date)
	for _, w := range e.Was {
		if w.YearKnown() {
			l, h := monthSpan(w)
			lo, hi = min(lo, l), max(hi, h)
		}
	}
	return span{lo, hi}
}

// article is what mergeArticle made of one article.
type article struct {
	id             string
	dated, undated []*Event
}

// articles merges the mentions of each article of lists on its own, in
// the order of their ids. The events point into the lists.
func articles(lists ...[]parse.Mention) []article {
	byID := map[string][]*parse.Mention{}
	for _, ms := range lists {
		for i := range ms {
			byID[ms[i].Article] = append(byID[ms[i].Article], &ms[i])
		}
	}
	out := make([]article, 0, len(byID))
	for id := range byID {
		out = append(out, article{id: id})
	}
	slices.SortFunc(out, func(a, b article) int { return strings.Compare(a.id, b.id) })
	parallel.For(len(out), func(i int) { out[i].dated, out[i].undated = mergeArticle(byID[out[i].id]) })
	return out
}

// Months sums up what the merge needs to know of a file's mentions
// without them: the months of the events its articles make (monthSpan)
// and whether some stay undated. The mentions are left as they are.
func Months(ms []parse.Mention) []byte {
	var spans []span
	undated := false
	for _, a := range articles(slices.Clone(ms)) {
		for _, e := range a.dated {
			spans = append(spans, eventSpan(e))
		}
		undated = undated || len(a.undated) > 0
	}
	return encodeMonths(spans, undated)
}

func encodeMonths(spans []span, undated bool) []byte {
	slices.SortFunc(spans, func(a, b span) int {
		if a.lo != b.lo {
			return int(a.lo - b.lo)
		}
		return int(a.hi - b.hi)
	})
	spans = slices.Compact(spans)
	b := []byte{0}
	if undated {
		b[0] = 1
	}
	for _, s := range spans {
		b = binary.AppendVarint(b, int64(s.lo))
		b = binary.AppendVarint(b, int64(s.hi-s.lo))
	}
	return b
}

func decodeMonths(b []byte) (spans []span, undated, ok bool) {
	if len(b) == 0 || b[0] > 1 {
		return nil, false, false
	}
	undated, b = b[0] == 1, b[1:]
	for len(b) > 0 {
		lo, n := binary.Varint(b)
		if n <= 0 {
			return nil, false, false
		}
		d, m := binary.Varint(b[n:])
		if m <= 0 || d < 0 {
			return nil, false, false
		}
		spans = append(spans, span{int32(lo), int32(lo + d)})
		b = b[n+m:]
	}
	return spans, undated, true
}

// unit is the files whose articles merge together: one file, unless files
// share a name but for the extension (a.txt and a.html give one article
// "a"; a.jsonl gives articles "a#…").
type unit struct {
	files   []*Parsed
	key     string // "" when a file of it is not kept
	spans   []span
	undated bool
	known   bool // spans and undated are known

	mu       sync.Mutex   // guards articles, runs and users
	articles []article    // while users > 0
	runs     [][]int      // the run of each article's dated events (see take)
	users    int          // of articles: the runs merging them now
	keep     bool         // articles are kept from the first run to the last (see take)
	pending  atomic.Int32 // runs still to merge of its events
}

// take makes the unit's articles' events, unless a run merging now holds
// them already, and (months not nil) numbers the run of months of each
// article's dated events, before any of them is merged (a merge changes
// dates). The articles are made anew from the files' mentions each time
// no run holds them (see put), so that a file whose events fall in many
// runs is not held whole from its first to its last: an event falls in
// one run, so the run that merges it takes it as the files told it.
func (u *unit) take(src source, months []span) ([]article, [][]int) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.articles == nil {
		lists := make([][]parse.Mention, len(u.files))
		for i, f := range u.files {
			lists[i] = src.mentions(f)
		}
		u.articles, u.runs = articles(lists...), nil
	}
	u.users++
	if months != nil && u.runs == nil { // no dated run has merged these yet
		u.runs = make([][]int, len(u.articles))
		seen := map[int]bool{}
		for i, a := range u.articles {
			u.runs[i] = make([]int, len(a.dated))
			for j, e := range a.dated {
				u.runs[i][j] = runOf(months, eventSpan(e))
				seen[u.runs[i][j]] = true
			}
		}
		// made anew for each run, a file's articles would cost the
		// number of its runs times their length: past a few runs they
		// are kept until the last
		u.keep = len(seen) > maxRemakes
	}
	return u.articles, u.runs
}

// source is what the merge reads the files' mentions from.
type source struct {
	cache Cache // nil: none
	// reread reads and parses the file at path again, when the cache
	// cannot give its mentions (nil: the files hold theirs)
	reread func(path string) []parse.Mention
}

// mentions are the mentions of f, the merge's to change.
func (src source) mentions(f *Parsed) []parse.Mention {
	switch {
	case f.Mentions != nil:
		return slices.Clone(f.Mentions) // a merge dates mentions anew
	case f.Load != nil:
		return f.Load()
	case f.Key != "" && src.cache != nil:
		if ms, ok := src.cache.Mentions(f.Key); ok {
			return ms
		}
		if src.reread != nil {
			return src.reread(f.path)
		}
	}
	return nil
}

// put is called by a run done with the articles take gave it: after the
// last such run, they are let go.
func (u *unit) put() {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.users--; u.users == 0 && !u.keep {
		u.articles, u.runs = nil, nil
	}
}

// maxRemakes is how many runs of months may make a unit's articles anew
// (see take): it bounds the cost of a file at a few times its merge.
const maxRemakes = 4

// done is called when a run of the unit's events is merged: after its
// last, the unit lets go of its articles and its files' mentions.
func (u *unit) done() {
	if u.pending.Add(-1) == 0 {
		u.mu.Lock()
		if u.users == 0 {
			u.articles, u.runs = nil, nil
		}
		u.mu.Unlock()
		for _, f := range u.files {
			f.Mentions, f.Load = nil, nil
		}
	}
}

// stem is the part of a file's path that its articles' ids begin with
// (corpus.Base), up to the first '#': files with the same stem may give
// one article.
func stem(p string) string {
	p = corpus.Base(p)
	if i := strings.IndexByte(p, '#'); i >= 0 {
		p = p[:i]
	}
	return p
}

// units groups the files by stem, in the order of paths.
func units(paths []string, files []*Parsed) []*unit {
	var out []*unit
	of := map[string]*unit{}
	for i, f := range files {
		s := stem(paths[i])
		u := of[s]
		if u == nil {
			u = &unit{}
			of[s] = u
			out = append(out, u)
		}
		u.files = append(u.files, f)
	}
	for _, u := range out {
		var keys []string
		for _, f := range u.files {
			keys = append(keys, f.Key)
		}
		if !slices.Contains(keys, "") {
			u.key = strings.Join(keys, "\x00")
		}
		if len(u.files) == 1 {
			u.spans, u.undated, u.known = decodeMonths(u.files[0].Months)
		}
	}
	return out
}

// run is a run of months, or the undated events, with what it is merged from.
type run struct {
	units  []*unit
	key    string // "" when it is not kept
	events []*Event
	kept   bool // events taken from the cache
}

func (r *run) keyed(what string) {
	var keys []string
	for _, u := range r.units {
		if u.key == "" {
			return
		}
		keys = append(keys, u.key)
	}
	sort.Strings(keys)
	h := sha256.New()
	h.Write([]byte(what))
	for _, k := range keys {
		h.Write(binary.AppendUvarint(nil, uint64(len(k))))
		h.Write([]byte(k))
	}
	r.key = hex.EncodeToString(h.Sum(nil))
}

// buildFiles merges what the files gave into a timeline, run by run: a
// run the cache holds is taken from it, the others are merged and kept.
// files[i] is the file of paths[i]; their mentions are owned by the merge.
func buildFiles(paths []string, files []*Parsed, src source) *Timeline {
	m := plan(paths, files, src, false)
	tl := &Timeline{Undated: m.undated.events}
	for _, r := range m.runs[:len(m.months)] {
		tl.Events = append(tl.Events, r.events...)
	}
	sortEvents(tl.Events)
	sortEvents(tl.Undated)
	return tl
}

// streamFiles is buildFiles for a Stream: the events of a run the cache
// keeps are let go once kept, and read back from it a run at a time when
// the stream's Runs asks for them.
func streamFiles(paths []string, files []*Parsed, src source) *Stream {
	m := plan(paths, files, src, src.cache != nil)
	if m.undated.events == nil && m.undated.kept {
		m.undated.events, _ = src.cache.Merged(m.undated.key)
	}
	sortEvents(m.undated.events)
	for _, r := range m.runs[:len(m.months)] {
		sortEvents(r.events) // read back ones are sorted when read
	}
	return &Stream{Runs: m.each, Undated: m.undated.events}
}

// merger is what plan made of the files: their runs of months, each with
// its events or, when they are let go, the key the cache keeps them under.
type merger struct {
	runs    []*run // the last: the undated events
	months  []span
	undated *run
	src     source
}

// plan merges the files' events run by run (see buildFiles); with letGo,
// a run's events the cache keeps are let go and only its key remains.
func plan(paths []string, files []*Parsed, src source, letGo bool) *merger {
	cache := src.cache
	us := units(paths, files)
	// the months of units the cache knows nothing of, from their events
	var unknown []*unit
	for _, u := range us {
		if !u.known {
			unknown = append(unknown, u)
		}
	}
	parallel.For(len(unknown), func(i int) {
		u := unknown[i]
		as, _ := u.take(src, nil)
		for _, a := range as {
			for _, e := range a.dated {
				u.spans = append(u.spans, eventSpan(e))
			}
			u.undated = u.undated || len(a.undated) > 0
		}
		u.put()
	})
	var all []span
	for _, u := range us {
		all = append(all, u.spans...)
	}
	months := chain(all)
	runs := make([]*run, len(months)+1) // the last: the undated events
	for i := range runs {
		runs[i] = &run{}
	}
	m := &merger{runs: runs, months: months, undated: runs[len(months)], src: src}
	for _, u := range us {
		for _, s := range u.spans {
			r := runs[runOf(months, s)]
			if n := len(r.units); n == 0 || r.units[n-1] != u { // a unit joins a run once
				r.units = append(r.units, u)
			}
		}
		if u.undated {
			m.undated.units = append(m.undated.units, u)
		}
	}
	for i, r := range runs[:len(months)] {
		r.keyed(string(binary.AppendVarint(binary.AppendVarint([]byte("months"), int64(months[i].lo)), int64(months[i].hi))))
	}
	m.undated.keyed("undated")

	// take what the cache holds (only its keys, when the events are let go)
	if cache != nil {
		parallel.For(len(runs), func(i int) {
			r := runs[i]
			if r.key == "" || len(r.units) == 0 {
				return
			}
			if letGo {
				r.kept = cache.HasMerged(r.key)
			} else {
				r.events, r.kept = cache.Merged(r.key)
			}
		})
	}
	// merge the others from their units' articles, in date order; a
	// unit's articles are made when a run first needs them and let go
	// after its last
	var dirty []int
	for i, r := range runs {
		if !r.kept && len(r.units) > 0 {
			dirty = append(dirty, i)
			for _, u := range r.units {
				u.pending.Add(1)
			}
		}
	}
	parallel.For(len(dirty), func(k int) {
		r := runs[dirty[k]]
		r.events = m.merge(dirty[k])
		if cache != nil && r.key != "" && len(r.events) > 0 && cache.KeepMerged(r.key, r.events) && letGo {
			r.events, r.kept = nil, true
		}
		for _, u := range r.units {
			u.done()
		}
	})
	// every run is merged: the files (their keys and months, some
	// hundreds of bytes each) and the corpus's listing that reread reads
	// from are let go before the events are written
	for _, r := range runs {
		r.units = nil
	}
	m.src.reread = nil
	return m
}

// merge merges the events of run i from its units' articles.
func (m *merger) merge(i int) []*Event {
	r := m.runs[i]
	type told struct {
		id string
		es []*Event
	}
	var ts []told
	for _, u := range r.units {
		var months []span
		if r != m.undated {
			months = m.months
		}
		as, in := u.take(m.src, months)
		defer u.put()
		for j, a := range as {
			if r == m.undated {
				ts = append(ts, told{a.id, a.undated})
				continue
			}
			var es []*Event
			for k, e := range a.dated {
				if in[j][k] == i {
					es = append(es, e)
				}
			}
			ts = append(ts, told{a.id, es})
		}
	}
	slices.SortStableFunc(ts, func(a, b told) int { return strings.Compare(a.id, b.id) })
	var es []*Event
	for _, t := range ts {
		es = append(es, t.es...)
	}
	es = merge([][]*Event{es})
	parallel.For(len(es), func(j int) { es[j].finish() })
	return es
}

// ErrLost is the error of a Stream's Runs when the Cache cannot give back
// the events of a run it kept (a damaged store): the stream is lost, and
// the corpus is to be read again without what the Cache kept.
var ErrLost = errors.New("the store could not give back the merged events of a run of months")

// each gives the dated events of the runs in order, each run's read back
// from the cache when let go (the next while the one before is used).
func (m *merger) each(yield func([]*Event) error) error {
	type got struct {
		es  []*Event
		err error
	}
	next := make(chan got, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(next)
		for _, r := range m.runs[:len(m.months)] {
			g := got{es: r.events}
			if r.events == nil && r.kept {
				var ok bool
				if g.es, ok = m.src.cache.Merged(r.key); ok {
					sortEvents(g.es)
				} else {
					g.err = ErrLost
				}
			}
			select {
			case next <- g:
			case <-stop:
				return
			}
			if g.err != nil {
				return
			}
		}
	}()
	for g := range next {
		if g.err != nil {
			return g.err
		}
		if len(g.es) == 0 {
			continue
		}
		if err := yield(g.es); err != nil {
			return err
		}
	}
	return nil
}
