package main

import (
	"bytes"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// run runs the command line and returns what it printed on stdout.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stdout
	os.Stdout = f
	err = app().Run(append([]string{"timeline"}, args...))
	os.Stdout = saved
	f.Close()
	b, _ := os.ReadFile(f.Name())
	return string(b), err
}

func TestBuild(t *testing.T) {
	out := t.TempDir()
	if _, err := run(t, "build", "--out", out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "2024.html", "2025.html", "undated.html", "calendar.ics", "feeds/country/UZ.ics",
		"feeds/year/2025.ics", ".timeline/revisions.json", ".timeline/store.db"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "timeline.json")); err == nil {
		t.Error("timeline.json written into the site (timeline export gives it)")
	}
}

func TestEval(t *testing.T) {
	got, err := run(t, "eval", "--gold", "testdata/gold", "--min-f1", "0.5")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "events    P=") || !strings.Contains(got, "tp=1 ") {
		t.Errorf("eval printed:\n%s", got)
	}
}

func TestDates(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in.txt")
	os.WriteFile(in, []byte("Talks were held on 13 November 2024."), 0o644)
	got, err := run(t, "dates", "--ref", "2024-11-16", in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"end":"2024-11-13","offset":19,"precision":"day","start":"2024-11-13","text":"13 November 2024"}`; strings.TrimSpace(got) != want {
		t.Errorf("dates printed %q, want %q", got, want)
	}
}

// A bad file is reported and fails the run; the good articles are still used.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("On 5 May 2024 the ministers of Uzbekistan and Kazakhstan held talks in Tashkent."), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("a\x00b"), 0o644)
	got, err := run(t, "export", "--corpus", dir)
	if err == nil || !strings.Contains(err.Error(), "1 problem in the input") {
		t.Errorf("error %v, want one problem reported", err)
	}
	if !strings.Contains(got, `"type": "talks"`) {
		t.Errorf("the good article's event is missing:\n%s", got)
	}
	if _, err := run(t, "export", "--corpus", filepath.Join(dir, "nope")); err == nil {
		t.Error("a missing corpus folder is no error")
	}
}

// A feed whose events and revisions are those of the last run is not
// written again (its file is the same file), one whose events changed is,
// and one removed by hand is written again. (Nothing changed: nothing is
// written, see TestNothingChanged.)
func TestUnchangedFeedsLeft(t *testing.T) {
	corpus, out := t.TempDir(), t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stat := func(name string) os.FileInfo {
		st, err := os.Stat(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	build := func() {
		if _, err := run(t, "build", "--corpus", corpus, "--out", out); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "On 12 March 2025, President Shavkat Mirziyoyev of Uzbekistan held talks with President Kassym-Jomart Tokayev of Kazakhstan in Tashkent.\n")
	build()
	names := []string{"calendar.ics", "feeds/country/UZ.ics", "feeds/type/talks.ics", "2025.html"}
	before := map[string]os.FileInfo{}
	for _, n := range names {
		before[n] = stat(n)
	}
	build()
	for n, want := range map[string]bool{"calendar.ics": true, "feeds/country/UZ.ics": true, "feeds/type/talks.ics": true, "2025.html": true} {
		if got := os.SameFile(before[n], stat(n)); got != want {
			t.Errorf("nothing changed: %s left as it was: %v, want %v", n, got, want)
		}
	}
	write("b.txt", "On 3 April 2025, the presidents of Kyrgyzstan and Tajikistan held talks in Bishkek.\n")
	build()
	for n, want := range map[string]bool{"calendar.ics": false, "feeds/country/UZ.ics": true, "feeds/type/talks.ics": false} {
		if got := os.SameFile(before[n], stat(n)); got != want {
			t.Errorf("after a new event in KG: %s left as it was: %v, want %v", n, got, want)
		}
	}
	stat("feeds/country/KG.ics")
	if err := os.Remove(filepath.Join(out, "feeds", "country", "UZ.ics")); err != nil {
		t.Fatal(err)
	}
	build()
	stat("feeds/country/UZ.ics")
}

// A build whose corpus, program and options are the last build's, with the
// site as that build left it, writes nothing and tells the same problems
// with the same failure; anything else builds again.
func TestNothingChanged(t *testing.T) {
	corpus, out := t.TempDir(), t.TempDir()
	good := filepath.Join(corpus, "good.txt")
	os.WriteFile(good, []byte("On 5 May 2024 the ministers of Uzbekistan and Kazakhstan held talks in Tashkent.\n"), 0o644)
	os.WriteFile(filepath.Join(corpus, "bad.txt"), []byte("a\x00b"), 0o644)
	// built reports whether the build built the site rather than leave it
	built := func(args ...string) bool {
		t.Helper()
		code, _, stderr := exit(t, append([]string{"build", "--corpus", corpus, "--out", out}, args...)...)
		if code != 3 || !strings.Contains(stderr, "bad.txt: binary file") {
			t.Fatalf("exit %d, stderr %s; want 3 and the bad file's problem", code, stderr)
		}
		return !strings.Contains(stderr, "nothing changed since the last build")
	}
	if !built() {
		t.Fatal("the first build left the site")
	}
	if built() {
		t.Error("nothing changed, yet the site was built again")
	}
	// each of these builds again (after a build of the defaults)
	later := time.Now().Add(time.Minute)
	for _, c := range []struct {
		name   string
		change func() []string
	}{
		{"an article touched", func() []string { os.Chtimes(good, later, later); return nil }},
		{"an output edited", func() []string { os.WriteFile(filepath.Join(out, "index.html"), []byte("x"), 0o644); return nil }},
		{"another option", func() []string { return []string{"--max-line-size", "100000"} }},
		{"feed revisions removed", func() []string { os.Remove(filepath.Join(out, ".timeline", "revisions.json")); return nil }},
		{"--rebuild", func() []string { return []string{"--rebuild"} }},
	} {
		built()
		if !built(c.change()...) {
			t.Errorf("%s: the site was not built again", c.name)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(out, "index.html")); len(b) < 100 {
		t.Error("an output edited by hand is not written again")
	}
}

// TestStoreLost: a build whose store cannot give back the merged events it
// kept (damaged) reads every file again and writes the site a clean build
// writes, each bad file told once.
func TestStoreLost(t *testing.T) {
	corpus, out, clean := t.TempDir(), t.TempDir(), t.TempDir()
	for name, text := range map[string]string{
		"a.txt":   "On 12 March 2025, the presidents of Uzbekistan and Kazakhstan held talks in Tashkent.\n",
		"b.txt":   "On 3 April 2024, the presidents of Kyrgyzstan and Tajikistan held talks in Bishkek.\n",
		"bad.txt": "",
	} {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run(t, "build", "--corpus", corpus, "--out", out)
	db, err := sql.Open("sqlite", filepath.Join(out, ".timeline", "store.db"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`UPDATE merged SET events = x'05ff'`)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(corpus, "c.txt"), []byte("On 5 May 2023, the ministers of Turkmenistan and Uzbekistan held talks in Ashgabat.\n"), 0o644)
	stderr := filepath.Join(t.TempDir(), "stderr")
	f, _ := os.Create(stderr)
	saved := os.Stderr
	os.Stderr = f
	_, err = run(t, "build", "--corpus", corpus, "--out", out)
	os.Stderr = saved
	f.Close()
	said, _ := os.ReadFile(stderr)
	if err == nil || strings.Count(string(said), "could not give back") != 1 || !strings.Contains(string(said), "every file is read") ||
		strings.Count(string(said), "bad.txt") != 1 {
		t.Errorf("a lost store: error %v, said:\n%s\nwant the loss and the empty file's problem told once each, and every file read again", err, said)
	}
	run(t, "build", "--corpus", corpus, "--out", clean, "--no-store")
	for _, name := range []string{"calendar.ics", "index.html", "feeds/country/TM.ics"} {
		got, _ := os.ReadFile(filepath.Join(out, name))
		want, _ := os.ReadFile(filepath.Join(clean, name))
		if !bytes.Equal(stamps.ReplaceAll(got, nil), stamps.ReplaceAll(want, nil)) || len(want) == 0 {
			t.Errorf("%s after a lost store differs from a clean build's (%d, %d bytes)", name, len(got), len(want))
		}
	}
}

// stamps are the lines of a feed that tell when it was written.
var stamps = regexp.MustCompile(`(?m)^(DTSTAMP|LAST-MODIFIED):.*\r\n`)

// TestEvalIsTheScorer: on the shared dev set, `timeline eval --verbose`
// prints what the reference scorer prints for `timeline export --json`,
// line for line. It needs ../shared and python3, as CI has; elsewhere it
// is skipped.
func TestEvalIsTheScorer(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	scorer := filepath.Join(shared, "tools", "score.py")
	corpus, gold := filepath.Join(shared, "corpus", "dev"), filepath.Join(shared, "corpus", "dev-gold")
	python, err := exec.LookPath("python3")
	if _, serr := os.Stat(scorer); serr != nil || err != nil {
		t.Skip("no ../shared/tools/score.py or no python3")
	}
	exported, err := run(t, "export", "--json", "--no-store", "--corpus", corpus)
	if err != nil {
		t.Fatal(err)
	}
	pred := filepath.Join(t.TempDir(), "timeline.json")
	if err := os.WriteFile(pred, []byte(exported), 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command(python, scorer, "--pred", pred, "--gold", gold, "--verbose").Output()
	if err != nil {
		t.Fatal(err)
	}
	got, err := run(t, "eval", "--no-store", "--corpus", corpus, "--gold", gold, "--verbose")
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		g, w := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range max(len(g), len(w)) {
			var gl, wl string
			if i < len(g) {
				gl = g[i]
			}
			if i < len(w) {
				wl = w[i]
			}
			if gl != wl {
				t.Fatalf("line %d:\n eval:   %s\n scorer: %s", i+1, gl, wl)
			}
		}
	}
}
