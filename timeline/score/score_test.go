package score

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

func ev(typ, start, end string) *Event {
	e := &Event{Type: typ}
	if start != "" {
		e.Start = &start
	}
	if end != "" {
		e.End = &end
	}
	return e
}

func TestDateMatch(t *testing.T) {
	for _, c := range []struct {
		gs, ge, ps, pe string
		match, exact   bool
	}{
		{"2024-11-13", "", "2024-11-13", "2024-11-13", true, true},
		{"2024-11-13", "", "2024-11-12", "2024-11-14", true, false},
		{"2024-11-13", "", "2024-11", "2024-11", false, false}, // less precise never matches
		{"2024-09", "", "2024-09-05", "2024-09-05", true, false},
		{"2025", "", "2025", "2025", true, true},
		{"XXXX-05-01", "", "XXXX-05-01", "XXXX-05-01", true, true},
		{"XXXX-05-01", "", "2025-05-01", "2025-05-01", false, false}, // a guessed year is wrong
		{"2022-12-21", "2022-12-22", "2022-12-21", "2022-12-22", true, true},
		{"2022-12-21", "2022-12-22", "2022-12-23", "2022-12-23", false, false},
	} {
		g, p := ev("summit", c.gs, c.ge), ev("summit", c.ps, c.pe)
		if got := dateMatch(g, p); got != c.match {
			t.Errorf("dateMatch(%s..%s, %s..%s) = %v", c.gs, c.ge, c.ps, c.pe, got)
		}
		if got := dateExact(g, p); got != c.exact {
			t.Errorf("dateExact(%s..%s, %s..%s) = %v", c.gs, c.ge, c.ps, c.pe, got)
		}
	}
}

func TestParticipantForms(t *testing.T) {
	var e Event
	if err := json.Unmarshal([]byte(`{"participants": ["uz", {"kind":"country","code":"KZ"}, {"kind":"organization","name":"SCO"}]}`), &e); err != nil {
		t.Fatal(err)
	}
	got := countries(&e)
	if len(got) != 2 || !got["UZ"] || !got["KZ"] {
		t.Errorf("countries %v", got)
	}
}

const goldA = `{"article": "a", "events": [
 {"key": "k1", "type": "summit", "start": "2025-11-16", "end": null, "place": {"city": "Tashkent", "country": "UZ"}, "participants": ["UZ", "KZ"]},
 {"key": "k2", "type": "state_visit", "start": "2025-11-14", "place": {"country": "UZ"}},
 {"type": "talks", "start": "2025-11-14", "optional": true},
 {"type": "call", "start": null}
]}`

const goldB = `{"article": "b", "events": [
 {"key": "k1", "type": "summit", "start": "2025-11-16", "place": {"city": "Tashkent", "country": "UZ"}, "participants": ["UZ"]}
]}`

const pred = `{"version": 1, "events": [
 {"type": "summit", "start": "2025-11-16", "end": "2025-11-16", "place": {"city": "Tashkent", "country": "UZ"},
  "participants": [{"kind":"country","code":"UZ"}], "sources": [{"article": "a"}, {"article": "b"}]},
 {"type": "official_visit", "start": "2025-11-15", "end": "2025-11-15", "place": {"country": "UZ"}, "sources": [{"article": "a"}]},
 {"type": "forum", "start": "2025-11-16", "end": "2025-11-16", "sources": [{"article": "a"}]},
 {"type": "signing", "start": "2025-11-16", "end": "2025-11-16", "sources": [{"article": "unscored"}]}
], "undated": [{"type": "talks", "sources": [{"article": "a"}]}]}`

func TestScore(t *testing.T) {
	fsys := fstest.MapFS{"gold/a.json": {Data: []byte(goldA)}, "gold/b.json": {Data: []byte(goldB)}}
	golds, err := ReadGold(fsys, "gold")
	if err != nil {
		t.Fatal(err)
	}
	var p Prediction
	if err := json.Unmarshal([]byte(pred), &p); err != nil {
		t.Fatal(err)
	}
	r := Score(p, golds)
	// matched: the summit in a and in b; missed: the state visit (wrong day);
	// extra: the official visit and the forum (the signing's article has no gold).
	if r.TP != 2 || r.FN != 1 || r.FP != 2 {
		t.Errorf("tp %d fn %d fp %d", r.TP, r.FN, r.FP)
	}
	if r.Multi != 1 || r.Merged != 1 || r.OverMerged != 0 {
		t.Errorf("merge %d/%d over %d", r.Merged, r.Multi, r.OverMerged)
	}
	if r.UndatedGold != 1 || r.UndatedOK != 1 {
		t.Errorf("undated %d/%d", r.UndatedOK, r.UndatedGold)
	}
	if r.PartTP != 2 || r.PartFN != 1 {
		t.Errorf("participants tp %d fn %d", r.PartTP, r.PartFN)
	}
	var b strings.Builder
	r.Report(&b, true)
	for _, want := range []string{"events    P=0.50 R=0.67 F1=0.57  (tp=2 fp=2 fn=1, 2 articles)", "MISS a: state_visit 2025-11-14", "merge     events told in several articles shown once: 1.00 (1/1)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}

func TestReadGoldErrors(t *testing.T) {
	if _, err := ReadGold(fstest.MapFS{}, "."); err == nil {
		t.Error("no gold files is an error")
	}
	if _, err := ReadGold(fstest.MapFS{"x.json": {Data: []byte("{")}}, "."); err == nil || !strings.Contains(err.Error(), "x.json") {
		t.Errorf("a broken file is named: %v", err)
	}
}

// repr quotes as Python's repr does, so that verbose lines read as the
// reference scorer's.
func TestRepr(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Summit: Kazakhstan", `'Summit: Kazakhstan'`},
		{"Xi'an summit", `"Xi'an summit"`},
		{`the "Dawn" statement`, `'the "Dawn" statement'`},
		{`Xi'an "Dawn"`, `'Xi\'an "Dawn"'`},
		{`a\b`, `'a\\b'`},
		{"line\nbreak", `'line\nbreak'`},
		{"Самит Ўзбекистон", `'Самит Ўзбекистон'`},
	} {
		if got := repr(c.in); got != c.want {
			t.Errorf("repr(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// FuzzReadGold: a gold file written by hand, however wrong, is read or
// refused with an error naming it, and a prediction scored against what
// is read never panics.
func FuzzReadGold(f *testing.F) {
	f.Add([]byte(`{"article_id": "a", "language": "en", "events": [{"type": "talks", "start": "2024-05-01", "end": "2024-05-02", "precision": "day", "countries": ["UZ"], "required": true}]}`),
		[]byte(`{"events": [{"type": "talks", "start": "2024-05-01", "sources": [{"article": "a"}]}]}`))
	f.Add([]byte(`{"events": [{"start": "2024-13-45", "end": "x"}]}`), []byte(`{"events": [{}]}`))
	f.Add([]byte(`{"events": null}`), []byte(`{}`))
	f.Fuzz(func(t *testing.T, gold, pred []byte) {
		golds, err := ReadGold(fstest.MapFS{"a.json": {Data: gold}}, ".")
		if err != nil {
			if !strings.Contains(err.Error(), "a.json") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		var p Prediction
		if json.Unmarshal(pred, &p) == nil {
			var b strings.Builder
			Score(p, golds).Report(&b, true)
		}
	})
}
