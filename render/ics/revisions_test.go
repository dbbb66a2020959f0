package ics

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
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
