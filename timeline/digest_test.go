package timeline

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
)

// full is an event with every field set and one element in every list.
func full() *Event {
	return &Event{ID: "a1b2c3", Type: "state_visit", Title: "State visit: Kazakhstan, Uzbekistan, Astana",
		Status: parse.Held, Note: "postponed", Date: dates.Value{Start: dates.Date{Year: 2024, Month: 5, Day: 2},
			End: dates.Date{Year: 2024, Month: 5, Day: 3}, Precision: dates.Day}, Dated: true,
		Place: parse.Place{Name: "Astana", City: "Astana", Country: "KZ", Lat: 51.1, Lon: 71.4, HasGeo: true, Venue: "Akorda"},
		Codes: []string{"KZ"}, Groups: []string{"C5+1"},
		People:       []parse.Participant{{Kind: "person", Name: "Kassym-Jomart Tokayev", Code: "KZ", Office: "President"}},
		Sources:      []Source{{Article: "a/1", URL: "https://example.org/1", Language: "en", Quote: "He arrived.", Offset: 7}},
		Disagreement: []string{"date: 2024-05-02 or 2024-05-03"}, Was: []dates.Value{dates.DayValue(2024, 3, 1)}}
}

// TestDigestCoversEveryField changes each exported field of an event, one
// at a time (each string, number and flag, and each list's length), and
// requires another digest: a field added to Event and left out of Digest
// fails here, and a build would keep stale bytes for a changed event.
func TestDigestCoversEveryField(t *testing.T) {
	want := full().Digest("salt")
	if got := full().Digest("salt"); got != want {
		t.Fatalf("two digests of one event: %s, %s", want, got)
	}
	if full().Digest("other") == want {
		t.Error("the salt does not change the digest")
	}
	n := mutate(t, reflect.ValueOf(full()).Elem(), "Event", -1)
	if n < 30 {
		t.Fatalf("only %d fields changed: the walk misses some", n)
	}
	for i := 0; i < n; i++ {
		e := full()
		var name string
		mutate(t, reflect.ValueOf(e).Elem(), "Event", i, &name)
		if e.Digest("salt") == want {
			t.Errorf("changing %s leaves the digest as it was", name)
		}
	}
}

// mutate walks the exported fields of v in order and changes the one
// numbered only (none when only is -1), naming it; it returns the number of
// changes it can make.
func mutate(t *testing.T, v reflect.Value, path string, only int, name ...*string) int {
	n := 0
	var walk func(v reflect.Value, path string)
	change := func(path string, f func()) {
		if n == only {
			f()
			*name[0] = path
		}
		n++
	}
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.String:
			change(path, func() { v.SetString(v.String() + "x") })
		case reflect.Int:
			change(path, func() { v.SetInt(v.Int() + 1) })
		case reflect.Uint8:
			change(path, func() { v.SetUint(v.Uint() + 1) })
		case reflect.Float64:
			change(path, func() { v.SetFloat(v.Float() + 0.5) })
		case reflect.Bool:
			change(path, func() { v.SetBool(!v.Bool()) })
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if f := v.Type().Field(i); f.IsExported() {
					walk(v.Field(i), path+"."+f.Name)
				}
			}
		case reflect.Slice:
			change(path+" (length)", func() { v.Set(reflect.Append(v, v.Index(0))) })
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i), path+"[]")
			}
		default:
			t.Fatalf("%s: a field of kind %s: teach Digest and this test about it", path, v.Kind())
		}
	}
	walk(v, path)
	return n
}

// TestDigestKept: digests are kept in the feed revisions from one run to the
// next, so the digest of an event is what earlier versions worked out
// (these values are theirs): hashing the event a few kilobytes at a time
// must not change it, for a short quote or one longer than the buffer.
func TestDigestKept(t *testing.T) {
	long := full()
	long.Sources[0].Quote = strings.Repeat("A quote longer than the digester's buffer. ", 200)
	long.Sources = append(long.Sources, long.Sources[0])
	for _, c := range []struct {
		e    *Event
		want string
	}{
		{full(), "3a685561b8ef5a48ddb045ee1afb86dc"},
		{long, "879bc713dbba15e8db012334b1158ea6"},
	} {
		if got := c.e.Digest("salt"); got != c.want {
			t.Errorf("digest %s, want %s", got, c.want)
		}
	}
}

// TestKeepDigest: a kept digest is given for its salt only; another salt's
// is worked out.
func TestKeepDigest(t *testing.T) {
	e := full()
	want := e.Digest("other")
	e.KeepDigest("salt", "kept")
	if got := e.Digest("salt"); got != "kept" {
		t.Errorf("with the kept salt: %s, want the kept digest", got)
	}
	if got := e.Digest("other"); got != want {
		t.Errorf("with another salt: %s, want %s", got, want)
	}
}

// BenchmarkDigest: an event told by one article and by eight.
func BenchmarkDigest(b *testing.B) {
	for _, n := range []int{1, 8} {
		e := full()
		e.Sources[0].Quote = strings.Repeat("A quote of a few sentences, as articles give. ", 12)
		for len(e.Sources) < n {
			e.Sources = append(e.Sources, e.Sources[0])
		}
		b.Run(fmt.Sprintf("sources=%d", n), func(b *testing.B) {
			for b.Loop() {
				e.Digest("salt")
			}
		})
	}
}
