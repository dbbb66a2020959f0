package corrections

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	f, err := Read(strings.NewReader(`# corrections
- id: 89a03cc6c712
  date: 2018-03-15
  set:
    start: 2018-03-15
    status: held
    participants: [{code: KZ, role: host}, {code: UZ}]
  note: the host's date
- id: 4f3a9b2c1d0e
  hide: true
- merge: [a1b2c3d4e5f6, 0f9e8d7c6b5a]
- id: 5e6f7a8b9c0d
  split: {sources: [news-002], set: {start: 2022-12-22}}
- add: {type: forum, title: Investment forum, start: 2025-06, place: {city: Tashkent, country: UZ}, url: "https://example.org/f"}
`), "c.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range f.Entries {
		got = append(got, e.Kind+" "+strings.Join(e.IDs, ","))
	}
	want := []string{"set 89a03cc6c712", "hide 4f3a9b2c1d0e", "merge a1b2c3d4e5f6,0f9e8d7c6b5a", "split 5e6f7a8b9c0d", "add "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("entries %q, want %q", got, want)
	}
	if f.Entries[0].Line != 2 || f.Entries[4].Line != 14 {
		t.Errorf("lines %d and %d, want 2 and 14", f.Entries[0].Line, f.Entries[4].Line)
	}
}

// TestReadErrors: every mistake is named with its line.
func TestReadErrors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"- id: 89a03cc6c712\n  sett: {start: 2018}\n", `c.yaml:2: unknown key "sett"`},
		{"- id: 89a03cc6c712\n  set:\n    start: 2018-02-30\n", "c.yaml:1: no such date"},
		{"- id: 89a03cc6c712\n  set: {start: 15 March 2018}\n", "c.yaml:1: dates are YYYY"},
		{"- id: 89a03cc6c712\n  hide: true\n  merge: [a1b2c3d4e5f6, 0f9e8d7c6b5a]\n", "c.yaml:1: one correction does one of"},
		{"- id: Summit-of-2018\n  hide: true\n", `c.yaml:1: "Summit-of-2018" is no event id`},
		{"- id: 89a03cc6c712\n", "c.yaml:1: say what to do"},
		{"- merge: [a1b2c3d4e5f6]\n", "c.yaml:1: merge lists the ids of two events or more"},
		{"- id: 89a03cc6c712\n  set: {type: party}\n", `c.yaml:1: unknown type "party"`},
		{"- id: 89a03cc6c712\n  set:\n    participants: [{code: Uzbekistan}]\n", `c.yaml:1: participant code "Uzbekistan"`},
		{"id: 89a03cc6c712\n", "c.yaml:1: a list of corrections"},
		{"- id: 89a03cc6c712\n  set: {start: [2018\n", "c.yaml: yaml: line 1: did not find expected"},
		{"- add: {title: x, type: forum, url: 'javascript:alert(1)'}\n", `c.yaml:1: url "javascript:alert(1)"`},
	} {
		_, err := Read(strings.NewReader(c.text), "c.yaml")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.text, err, c.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("- id: 89a03cc6c712\n  set: {start: 2018-03-15, place: {city: Astana}}\n")
	f.Add("- merge: [a1b2c3d4e5f6, 0f9e8d7c6b5a]\n  note: one\n")
	f.Add("- add: {type: forum, title: x, start: 2025}\n")
	f.Fuzz(func(t *testing.T, s string) {
		file, err := Read(strings.NewReader(s), "f")
		if err != nil {
			return
		}
		for _, e := range file.Entries {
			if e.Kind == "" || e.Line < 1 {
				t.Fatalf("entry %+v read without a kind or a line", e)
			}
		}
	})
}
