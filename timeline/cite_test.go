package timeline

import (
	"reflect"
	"testing"
)

func TestCitations(t *testing.T) {
	// a, b and c stand for articles; quote q1 is said by a and by b's
	// reprint of it
	src := func(article, quote string) Source {
		return Source{Article: article, URL: "https://example.org/" + article, Quote: quote}
	}
	art := func(article string) Source { return src(article, "").Unquoted() }
	tests := []struct {
		name    string
		sources []Source
		want    []Citation
	}{
		{"none", nil, nil},
		{"one article, two quotes", []Source{src("a", "q1"), src("a", "q2")},
			[]Citation{{[]Source{art("a")}, []string{"q1", "q2"}}}},
		{"a reprint shares the citation", []Source{src("a", "q1"), src("b", "q1"), src("c", "q3")},
			[]Citation{{[]Source{art("a"), art("b")}, []string{"q1"}}, {[]Source{art("c")}, []string{"q3"}}}},
		{"the same quotes in the same order, sources interleaved",
			[]Source{src("a", "q1"), src("b", "q1"), src("a", "q2"), src("b", "q2")},
			[]Citation{{[]Source{art("a"), art("b")}, []string{"q1", "q2"}}}},
		{"one quote more is another citation", []Source{src("a", "q1"), src("b", "q1"), src("b", "q2")},
			[]Citation{{[]Source{art("a")}, []string{"q1"}}, {[]Source{art("b")}, []string{"q1", "q2"}}}},
		{"quotes that join alike stay apart", []Source{src("a", "q1\x00q2"), src("b", "q1"), src("b", "q2")},
			[]Citation{{[]Source{art("a")}, []string{"q1\x00q2"}}, {[]Source{art("b")}, []string{"q1", "q2"}}}},
	}
	for _, tt := range tests {
		e := &Event{Sources: tt.sources}
		if got := e.Citations(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
