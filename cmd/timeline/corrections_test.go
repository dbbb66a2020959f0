package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ca-diplomacy/timeline/render/html"
)

// TestCorrections: a corrected field shows in timeline.json, the calendar
// (with the next SEQUENCE) and the page; an editor's hostile text stays text in each; an edit of the
// corrections file builds again; a stale entry is named with its line and
// fails the run while the others apply.
func TestCorrections(t *testing.T) {
	corpus, out := t.TempDir(), t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "On 12 March 2025, President Shavkat Mirziyoyev of Uzbekistan held talks with President Kassym-Jomart Tokayev of Kazakhstan in Tashkent.\n")
	write("b.txt", "On 3 April 2025, the presidents of Kyrgyzstan and Tajikistan held talks in Bishkek.\n")
	exported, err := run(t, "export", "--corpus", corpus)
	if err != nil {
		t.Fatal(err)
	}
	var before struct {
		Events []struct{ ID, Title, Start string }
	}
	if err := json.Unmarshal([]byte(exported), &before); err != nil || len(before.Events) != 2 {
		t.Fatalf("%v: %s", err, exported)
	}
	uz, kg := before.Events[0].ID, before.Events[1].ID
	if _, err := run(t, "build", "--corpus", corpus, "--out", out); err != nil {
		t.Fatal(err)
	}
	hostile := `<script>alert(1)</script>\r\nDESCRIPTION:forged\nEND:VEVENT`
	write("corrections.yaml", "- id: "+uz+"\n  set: {start: 2025-03-13, title: \"Tokayev in Tashkent\"}\n  note: \""+hostile+"\"\n- id: "+kg+"\n  hide: true\n")
	if _, err := run(t, "build", "--corpus", corpus, "--out", out); err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var got struct {
		Events []struct {
			ID, Title, Start, EditorNote string
			Corrected                    bool
		}
	}
	exported, err = run(t, "export", "--corpus", corpus, "--no-store")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(exported), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Events) != 1 || got.Events[0].ID != uz || got.Events[0].Start != "2025-03-13" || got.Events[0].Title != "Tokayev in Tashkent" || !got.Events[0].Corrected {
		t.Errorf("export: %+v", got.Events)
	}
	cal := read("calendar.ics")
	if !strings.Contains(cal, "SEQUENCE:1\r\n") {
		t.Error("the corrected event's SEQUENCE did not grow")
	}
	if !strings.Contains(cal, "DTSTART;VALUE=DATE:20250313") || !strings.Contains(cal, "SUMMARY:Tokayev in Tashkent") || strings.Contains(cal, "Bishkek") {
		t.Errorf("calendar.ics lacks the correction:\n%s", cal)
	}
	// unfolded, the calendar has the lines of one event: the note is in
	// its DESCRIPTION, not lines of its own
	_, vevent, _ := strings.Cut(strings.ReplaceAll(cal, "\r\n ", ""), "BEGIN:VEVENT\r\n")
	lines := strings.Split(vevent, "\r\n")
	count := func(prefix string) (n int) {
		for _, l := range lines {
			if strings.HasPrefix(l, prefix) {
				n++
			}
		}
		return n
	}
	if count("DESCRIPTION:") != 1 || count("END:VEVENT") != 1 || count("BEGIN:") != 0 {
		t.Errorf("the editor's note made lines of the calendar:\n%s", cal)
	}
	page := read("2025.html")
	data, err := html.Unpacked([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(page, "<script>alert(1)") || !strings.Contains(string(data), `"corrected":true`) || !strings.Contains(string(data), "Tokayev in Tashkent") {
		t.Error("the page does not carry the correction as data, or carries the note as markup")
	}
	// the corrections edited: a stale id is named with its line, the
	// other entry still applies, and the run fails
	write("corrections.yaml", "- id: "+uz+"\n  set: {title: \"Tokayev in Tashkent\"}\n- id: 0123456789ab\n  date: 2025-04-03\n  hide: true\n")
	_, err = run(t, "build", "--corpus", corpus, "--out", out)
	if err == nil || !strings.Contains(err.Error(), "1 problem") {
		t.Errorf("a stale correction: %v, want the run to fail with one problem", err)
	}
	if j, _ := run(t, "export", "--corpus", corpus, "--no-store"); !strings.Contains(j, "Bishkek") || !strings.Contains(j, "Tokayev in Tashkent") {
		t.Error("after the edit the hidden event is not back, or the other correction is lost")
	}
	if _, err := run(t, "corrections", "check", "--corpus", corpus); err == nil {
		t.Error("corrections check passes a stale entry")
	}
}
