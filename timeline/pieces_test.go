package timeline

import (
	"bytes"
	"io"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/parse/dates"
)

func TestByMonth(t *testing.T) {
	ev := func(v dates.Value, dated bool) *Event { return &Event{Date: v, Dated: dated} }
	es := []*Event{
		ev(dates.DayValue(0, 3, 1), true), ev(dates.DayValue(0, 3, 9), true), // no year
		ev(dates.YearValue(2024), true), // a year without a month: a run of its own
		ev(dates.DayValue(2024, 1, 5), true),
		ev(dates.DayValue(2024, 2, 1), true),
		ev(dates.MonthValue(2025, 2), true),
		ev(dates.Value{}, false), ev(dates.Value{}, false),
	}
	var got []int
	for _, p := range ByMonth(es) {
		got = append(got, len(p))
	}
	if want := []int{2, 1, 1, 1, 1, 2}; !slices.Equal(got, want) {
		t.Errorf("pieces of %v events, want %v", got, want)
	}
	if ByMonth(nil) != nil {
		t.Error("pieces of no events")
	}
}

// rendering writes every piece, counting them.
type rendering struct {
	w io.Writer
	n int
}

func (r *rendering) Split(es []*Event) [][]*Event { return ByMonth(es) }

func (r *rendering) Piece(_ []*Event, write func(io.Writer) error) error {
	r.n++
	return write(r.w)
}

// The JSON written in pieces is the JSON written whole.
func TestWriteJSONPieces(t *testing.T) {
	tl := &Timeline{}
	for _, e := range randomEvents(rand.New(rand.NewPCG(1, 1)), shape{300, 5, 400, 0}) {
		e.finish()
		if e.Dated {
			tl.Events = append(tl.Events, e)
		} else {
			tl.Undated = append(tl.Undated, e)
		}
	}
	sortEvents(tl.Events)
	at := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	var whole, pieces bytes.Buffer
	if err := tl.WriteJSON(&whole, at); err != nil {
		t.Fatal(err)
	}
	s := &rendering{w: &pieces}
	if err := tl.WriteJSONPieces(&pieces, at, s); err != nil {
		t.Fatal(err)
	}
	if s.n < 2 {
		t.Fatalf("%d pieces", s.n)
	}
	if !bytes.Equal(whole.Bytes(), pieces.Bytes()) {
		t.Error("the JSON written in pieces differs")
	}
	empty := &Timeline{}
	whole.Reset()
	pieces.Reset()
	empty.WriteJSON(&whole, at)
	empty.WriteJSONPieces(&pieces, at, &rendering{w: &pieces})
	if !bytes.Equal(whole.Bytes(), pieces.Bytes()) {
		t.Errorf("the JSON of no events written in pieces differs:\n%s\nwant\n%s", pieces.Bytes(), whole.Bytes())
	}
}
