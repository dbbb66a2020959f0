package store

import (
	"bytes"
	"math/rand"
	"reflect"
	"testing"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/timeline"
)

// fill sets every exported field of v (a pointer's target) to a random
// value, so that a field the codec leaves out makes the round trip fail.
func fill(r *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i))
			}
		}
	case reflect.Slice:
		n := 1 + r.Intn(3)
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := 0; i < n; i++ {
			fill(r, v.Index(i))
		}
	case reflect.String:
		v.SetString([]string{"UZ", "KZ", "talks", "Самарқанд", "", "a\x00b"}[r.Intn(6)])
	case reflect.Bool:
		v.SetBool(true) // all true: a flag left out reads back false
	case reflect.Int:
		v.SetInt(int64(r.Intn(4000)))
	case reflect.Uint8:
		v.SetUint(uint64(r.Intn(5)))
	case reflect.Float64:
		v.SetFloat(r.NormFloat64() * 90)
	default:
		panic("fill: no rule for " + v.Type().String() + ": teach the codec and this test the new field")
	}
}

func TestCodecRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 50; n++ {
		ms := make([]parse.Mention, r.Intn(4))
		for i := range ms {
			fill(r, reflect.ValueOf(&ms[i]).Elem())
		}
		got, err := decodeMentions(encodeMentions(ms))
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) == 0 {
			ms = []parse.Mention{} // decoding gives an empty slice, not nil
		}
		if !reflect.DeepEqual(got, ms) {
			t.Fatalf("round trip:\n got %+v\nwant %+v", got, ms)
		}
	}
}

func TestCodecShares(t *testing.T) {
	m := parse.Mention{Article: "news/a", Title: "A title"}
	one, b := encodeMentions([]parse.Mention{m}), encodeMentions([]parse.Mention{m, m})
	got, err := decodeMentions(b)
	if err != nil {
		t.Fatal(err)
	}
	if second := len(b) - len(one); second > len(one)-1-len(m.Article)-len(m.Title) {
		t.Errorf("the repeated strings are written again: the second mention takes %d bytes, the first %d", second, len(one)-1)
	}
	if got[0].Title != got[1].Title {
		t.Errorf("titles differ: %q %q", got[0].Title, got[1].Title)
	}
}

func TestCodecCorrupt(t *testing.T) {
	corrupt(t, encodeMentions([]parse.Mention{{Article: "a", Quote: "On 5 May the sides held talks.", Codes: []string{"UZ", "KZ"}}}), decodeMentions)
}

// corrupt requires decode to refuse b cut short anywhere and b with a byte
// more.
func corrupt[T any](t *testing.T, b []byte, decode func([]byte) (T, error)) {
	t.Helper()
	for i := 0; i < len(b); i++ {
		if _, err := decode(b[:i]); err == nil {
			t.Errorf("a blob cut at %d of %d bytes decoded without error", i, len(b))
		}
	}
	if _, err := decode(append(b, 0)); err == nil {
		t.Error("trailing bytes decoded without error")
	}
	// a bit flipped anywhere: the checksum finds it
	for i := range b {
		for bit := range 8 {
			d := bytes.Clone(b)
			d[i] ^= 1 << bit
			if _, err := decode(d); err == nil {
				t.Fatalf("a blob with bit %d of byte %d flipped decoded without error", bit, i)
			}
		}
	}
	// sound records that say what no text has
	e := &encoder{strings: map[string]int{}}
	e.int(-5)
	if d := newDecoder(e.sealed()); d.offset() >= 0 && d.err == nil {
		t.Error("a negative offset read back")
	}
}

// seal gives fuzzed bytes a sound checksum, so that the fuzzer reaches
// the decoding behind it.
func seal(b []byte) []byte { return (&encoder{buf: bytes.Clone(b)}).sealed() }

// unseal is what seal sealed.
func unseal(b []byte) []byte { return b[:len(b)-4] }

// FuzzDecode: a damaged store never panics the reader.
func FuzzDecode(f *testing.F) {
	f.Add(unseal(encodeMentions([]parse.Mention{{Article: "a", Codes: []string{"UZ"}, People: []parse.Participant{{Name: "X"}}}})))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		ms, err := decodeMentions(seal(b))
		if err == nil {
			if _, err := decodeMentions(encodeMentions(ms)); err != nil {
				t.Fatalf("re-encoding what decoded fails: %v", err)
			}
		}
	})
}

func TestEventCodecRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for n := 0; n < 50; n++ {
		es := make([]*timeline.Event, r.Intn(4))
		for i := range es {
			es[i] = &timeline.Event{}
			fill(r, reflect.ValueOf(es[i]).Elem())
			es[i].Place.Resolve() // as decoding does
		}
		const salt = "program"
		got, err := decodeEvents(encodeEvents(es, salt), salt)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) == 0 {
			es = []*timeline.Event{}
		}
		for _, e := range es {
			e.KeepDigest(salt, e.Digest(salt)) // what each read back gives
		}
		if !reflect.DeepEqual(got, es) {
			t.Fatalf("round trip:\n got %+v\nwant %+v", got, es)
		}
	}
}

func TestEventCodecCorrupt(t *testing.T) {
	corrupt(t, encodeEvents([]*timeline.Event{{ID: "a1", Codes: []string{"UZ", "KZ"}, Sources: []timeline.Source{{Article: "a", Quote: "On 5 May the sides held talks."}}}}, "s"),
		func(b []byte) ([]*timeline.Event, error) { return decodeEvents(b, "s") })
}

// FuzzDecodeEvents: damaged merged events never panic a build.
func FuzzDecodeEvents(f *testing.F) {
	f.Add(unseal(encodeEvents([]*timeline.Event{{ID: "a1", Codes: []string{"UZ"}, People: []parse.Participant{{Name: "X"}}, Sources: []timeline.Source{{Article: "a"}}}}, "s")))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		es, err := decodeEvents(seal(b), "s")
		if err == nil {
			if _, err := decodeEvents(encodeEvents(es, "s"), "s"); err != nil {
				t.Fatalf("re-encoding what decoded fails: %v", err)
			}
		}
	})
}
