package ics

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// randomRevisions are n revisions with UIDs and hashes of the kinds a run
// keeps, and a few that must be escaped.
func randomRevisions(r *rand.Rand, n int) Revisions {
	odd := []string{"", `a"b`, `back\slash`, "<tag>&", "tab\there", "кириллица", "\u2028", "bad\xffutf8"}
	revs := Revisions{}
	for i := range n {
		uid := fmt.Sprintf("%012x@timeline", r.Uint64()>>16)
		if i%50 == 0 {
			uid = odd[r.IntN(len(odd))] + uid
		}
		rev := Revision{Hash: fmt.Sprintf("%024x", r.Uint64()), Sequence: r.IntN(5),
			Modified: time.Date(2026, 11, 22, 13, 2, 48, r.IntN(3)*123456789, time.UTC).Add(time.Duration(r.IntN(1e6)) * time.Second)}
		if r.IntN(4) > 0 {
			rev.Digest = fmt.Sprintf("%032x", r.Uint64())
		}
		if i%70 == 0 {
			rev.Hash = odd[r.IntN(len(odd))]
		}
		if i%90 == 0 {
			rev.Modified = rev.Modified.In(time.FixedZone("UZT", 5*3600))
		}
		revs[uid] = rev
	}
	return revs
}

// TestRevisionsAppendJSON: AppendJSON writes what json.MarshalIndent
// writes, byte for byte, and refuses what it refuses.
func TestRevisionsAppendJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, revs := range []Revisions{nil, {}, randomRevisions(r, 1), randomRevisions(r, 2000)} {
		want, err := json.MarshalIndent(revs, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		got, err := revs.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			i := 0
			for i < min(len(got), len(want)) && got[i] == want[i] {
				i++
			}
			t.Fatalf("%d revisions: differs at byte %d:\n got %q\nwant %q", len(revs), i, got[max(0, i-40):min(len(got), i+40)], want[max(0, i-40):min(len(want), i+40)])
		}
	}
	bad := Revisions{"x": {Modified: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}}
	if _, err := bad.AppendJSON(nil); err == nil {
		t.Error("a year past 9999 was written; json.Marshal refuses it")
	}
}

// BenchmarkRevisionsJSON writes 100,000 revisions with AppendJSON, against
// json.MarshalIndent (the baseline, measured in the same run).
func BenchmarkRevisionsJSON(b *testing.B) {
	revs := randomRevisions(rand.New(rand.NewPCG(1, 1)), 100000)
	b.Run("AppendJSON", func(b *testing.B) {
		for b.Loop() {
			revs.AppendJSON(nil)
		}
	})
	b.Run("MarshalIndent", func(b *testing.B) {
		for b.Loop() {
			json.MarshalIndent(revs, "", " ")
		}
	})
}

// TestParseRevisions: ParseRevisions reads what AppendJSON wrote as
// json.Unmarshal reads it, by its layout when nothing in it is escaped.
func TestParseRevisions(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 3))
	plain := Revisions{}
	for u, rev := range randomRevisions(r, 300) {
		if unescaped(u) && unescaped(rev.Hash) {
			plain[u] = rev
		}
	}
	for _, c := range []struct {
		revs    Revisions
		laidOut bool // read by its layout
	}{{nil, true}, {Revisions{}, true}, {plain, true}, {randomRevisions(r, 1), false}, {randomRevisions(r, 2000), false}} {
		b, err := c.revs.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		checkParse(t, b)
		if _, ok := parseLaidOut(b); !ok && c.laidOut {
			t.Errorf("%d revisions: not read by their layout", len(c.revs))
		}
	}
}

// unescaped reports whether s is written as it is between quotes.
func unescaped(s string) bool { return string(appendString(nil, s)) == `"`+s+`"` }

// checkParse requires ParseRevisions to read b as json.Unmarshal does.
func checkParse(t *testing.T, b []byte) {
	t.Helper()
	var want Revisions
	werr := json.Unmarshal(b, &want)
	got, err := ParseRevisions(b)
	if (err != nil) != (werr != nil) || werr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("ParseRevisions(%.200q) = %d revisions, %v; json.Unmarshal %d, %v", b, len(got), err, len(want), werr)
	}
}

func FuzzParseRevisions(f *testing.F) {
	r := rand.New(rand.NewPCG(1, 4))
	for _, revs := range []Revisions{nil, {}, randomRevisions(r, 1), randomRevisions(r, 3)} {
		b, _ := revs.AppendJSON(nil)
		f.Add(b)
	}
	f.Add([]byte(`{"a": {"hash": "h", "sequence": 1, "modified": "2026-01-02T03:04:05Z"}}`))
	f.Fuzz(func(t *testing.T, b []byte) { checkParse(t, b) })
}

// BenchmarkRevisionsParse reads 100,000 revisions with ParseRevisions,
// against json.Unmarshal (the baseline, measured in the same run).
func BenchmarkRevisionsParse(b *testing.B) {
	revs := randomRevisions(rand.New(rand.NewPCG(1, 1)), 100000)
	for u, r := range revs { // as a run keeps them: nothing to escape
		if !unescaped(u) || !unescaped(r.Hash) {
			delete(revs, u)
		}
	}
	data, _ := revs.AppendJSON(nil)
	b.Run("ParseRevisions", func(b *testing.B) {
		for b.Loop() {
			ParseRevisions(data)
		}
	})
	b.Run("Unmarshal", func(b *testing.B) {
		for b.Loop() {
			var r Revisions
			json.Unmarshal(data, &r)
		}
	})
}
