package main

import (
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain runs the program itself when the test binary is started by
// command (below), so a test sees its exit code and its output as a user
// does.
func TestMain(m *testing.M) {
	if os.Getenv("TIMELINE_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// command is the program run with args, in its own process.
func command(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "TIMELINE_TEST_MAIN=1")
	return cmd
}

// exit runs the program and returns its exit code, stdout and stderr.
func exit(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := command(t, args...)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, out.String(), errb.String()
	case errors.As(err, &ee):
		return ee.ExitCode(), out.String(), errb.String()
	}
	t.Fatal(err)
	return 0, "", ""
}

// Each trap a newcomer met on the command line: what it does now, and the
// exit code (0 done, 1 failed, 2 usage, 3 done with bad input).
func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good")
	writeFile(t, filepath.Join(good, "a.txt"), "On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.\n")
	mixed := filepath.Join(dir, "mixed")
	writeFile(t, filepath.Join(mixed, "a.txt"), "On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.\n")
	writeFile(t, filepath.Join(mixed, "b.txt"), "\x00\x01")
	pdfs := filepath.Join(dir, "pdfs")
	writeFile(t, filepath.Join(pdfs, "a.pdf"), "%PDF-1.4")
	empty := filepath.Join(dir, "empty")
	os.MkdirAll(empty, 0o755)
	text := filepath.Join(dir, "in.txt")
	writeFile(t, text, "The talks were held yesterday in Tashkent.")
	out := func() string { return filepath.Join(t.TempDir(), "site") }
	for _, c := range []struct {
		name   string
		args   []string
		env    []string
		code   int
		stdout string // in stdout
		stderr string // in stderr
	}{
		{"a mistyped command names the nearest", []string{"biuld"}, nil, 2, "", `no command "biuld"; did you mean "build"?`},
		{"a mistyped flag names the nearest", []string{"build", "--corpuss", good}, nil, 2, "", "build: no flag --corpuss; did you mean --corpus?"},
		{"a mistyped subcommand flag names the command", []string{"corrections", "check", "--corpuss", good}, nil, 2, "", "(timeline corrections check --help lists them)"},
		{"a corpus given without --corpus", []string{"build", good, "--out", out()}, nil, 2, "", "build: unexpected argument " + strconv.Quote(good) + "; did you mean --corpus " + good + "?"},
		{"a flag after an argument", []string{"export", "--corpus", good, "x", "--csv"}, nil, 2, "", `export: unexpected argument "x"`},
		{"a flag after --", []string{"export", "--corpus", good, "--", "--csv"}, nil, 2, "", `unexpected argument "--csv" (flags go before the arguments)`},
		{"dates reads one file", []string{"dates", text, text}, nil, 2, "", "dates: unexpected argument"},
		{"a flag's value that does not read", []string{"build", "--workers", "many"}, nil, 2, "", "invalid value"},
		{"an empty corpus", []string{"build", "--corpus", empty, "--out", out()}, nil, 1, "", "has no articles"},
		{"a corpus of PDFs", []string{"build", "--corpus", pdfs, "--out", out()}, nil, 1, "", "has no articles"},
		{"a run with a bad file", []string{"build", "--corpus", mixed, "--out", out()}, nil, 3, "", "b.txt: binary file"},
		{"the counts add up", []string{"build", "--corpus", mixed, "--out", out()}, nil, 3, "", "1 event (1 dated, 0 undated)"},
		{"html writes the pages", []string{"html", "--corpus", good, "--out", out()}, nil, 0, "", "2 files written"},
		{"export --json=false", []string{"export", "--corpus", good, "--json=false"}, nil, 2, "", "nothing to print"},
		{"export --json=false --csv", []string{"export", "--corpus", good, "--json=false", "--csv"}, nil, 0, "id,start,end", ""},
		{"export --csv", []string{"export", "--corpus", good, "--csv"}, nil, 0, "id,start,end", ""},
		{"export --json --csv", []string{"export", "--corpus", good, "--json", "--csv"}, nil, 2, "", "give one"},
		{"dates --lang xx", []string{"dates", "--lang", "xx", text}, nil, 2, "", `no language "xx"; give one of en, ru, uz`},
		{"flags from the environment", []string{"export"}, []string{"TIMELINE_CORPUS=" + good}, 0, "Dushanbe", ""},
		{"--out from the environment", []string{"build", "--corpus", good}, []string{"TIMELINE_OUT=" + filepath.Join(dir, "envsite")}, 0, "", "written to " + filepath.Join(dir, "envsite")},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := command(t, c.args...)
			cmd.Env = append(cmd.Env, c.env...)
			var so, se strings.Builder
			cmd.Stdout, cmd.Stderr = &so, &se
			err := cmd.Run()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.code || !strings.Contains(so.String(), c.stdout) || !strings.Contains(se.String(), c.stderr) {
				t.Errorf("exit %d, want %d\nstdout: %.300s\nstderr: %.600s\nwant %q in stdout and %q in stderr", code, c.code, so.String(), se.String(), c.stdout, c.stderr)
			}
			if strings.Contains(se.String(), "\033[") {
				t.Errorf("a progress line drawn into a pipe: %q", se.String())
			}
			if c.code == 2 && strings.Count(se.String(), "\n") > 2 {
				t.Errorf("a usage error printed %d lines (the whole help?):\n%s", strings.Count(se.String(), "\n"), se.String())
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "envsite", "index.html")); err != nil {
		t.Errorf("TIMELINE_OUT: %v", err)
	}
}

// A port in use is told before anything is built.
func TestServePortTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	out := filepath.Join(t.TempDir(), "site")
	start := time.Now()
	code, _, stderr := exit(t, "serve", "--addr", ln.Addr().String(), "--out", out)
	if code != 1 || !strings.Contains(stderr, "address already in use") {
		t.Errorf("exit %d, stderr %q; want 1 and the address in use", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err == nil {
		t.Errorf("the site was built first (%v)", time.Since(start))
	}
}

// Ctrl-C while the files are written leaves none half-written and no temp
// file behind.
func TestInterruptWhileWriting(t *testing.T) {
	corpus, out := t.TempDir(), filepath.Join(t.TempDir(), "site")
	writeFile(t, filepath.Join(corpus, "chronicle.txt"), longArticle(1<<20))
	cmd := command(t, "build", "--no-store", "--corpus", corpus, "--out", out)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	temps := func() []string {
		var found []string
		filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
			if err == nil && strings.HasPrefix(d.Name(), ".tmp-") {
				found = append(found, p)
			}
			return nil
		})
		return found
	}
	deadline := time.Now().Add(60 * time.Second)
	for len(temps()) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
		t.Fatalf("interrupted build: %v, want exit %d (did it write at all?)", err, exitInterrupted)
	}
	if left := temps(); len(left) > 0 {
		t.Errorf("temp files left: %v", left)
	}
}

// On a terminal, one line tells each phase of a build in turn, and is
// cleared for what the run prints last.
func TestProgressPhases(t *testing.T) {
	var b strings.Builder
	p := &progress{w: &b, start: time.Now()}
	p.reading(1, 2, 0)
	p.reading(2, 2, 0)
	p.set("merging and writing", 0, 0, "files written")
	p.set("merging and writing", 3, 0, "files written")
	p.end()
	got := b.String()
	for _, want := range []string{"reading: 1/2 files (50%)", "reading: 2/2 files (100%)", "merging and writing: 0 files written"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in %q", want, got)
		}
	}
	if !strings.HasSuffix(got, "\r\033[K") {
		t.Errorf("the line is not cleared at the end: %q", got)
	}
}

// `serve --corpus .` from inside the corpus would put the default --out
// inside it: refused, and nothing written there.
func TestServeFromInsideCorpus(t *testing.T) {
	corpus := t.TempDir()
	writeFile(t, filepath.Join(corpus, "a.txt"), "On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.\n")
	cmd := command(t, "serve", "--corpus", ".", "--addr", "127.0.0.1:0")
	cmd.Dir = corpus
	var se strings.Builder
	cmd.Stderr = &se
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(se.String(), "inside the corpus") {
		t.Errorf("serve from inside the corpus: %v, %q", err, se.String())
	}
	if _, err := os.Stat(filepath.Join(corpus, "site")); err == nil {
		t.Error("a site folder was made inside the corpus")
	}
}

// The help shows the defaults of --out, which no command requires.
func TestHelpShowsDefaults(t *testing.T) {
	for _, c := range []string{"build", "html", "serve"} {
		_, out, _ := exit(t, c, "--help")
		if !strings.Contains(out, `--out DIR`) || !strings.Contains(out, `(default: "site")`) || strings.Contains(out, "required") {
			t.Errorf("timeline %s --help:\n%s", c, out)
		}
	}
}

// What depends on the day of the run: relative dates without --ref are
// read as of today, and ics stamps each event with the run's time. The day
// is taken before and after the run, which may cross midnight.
func TestCommandLineToday(t *testing.T) {
	good := t.TempDir()
	writeFile(t, filepath.Join(good, "a.txt"), "On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.\n")
	text := filepath.Join(t.TempDir(), "in.txt")
	writeFile(t, text, "The talks were held yesterday in Tashkent.")
	for _, c := range []struct {
		args   []string
		stdout func(time.Time) string // in stdout, for the day of the run
		stderr string
	}{
		{[]string{"dates", "--lang", "en", text}, func(d time.Time) string { return d.AddDate(0, 0, -1).Format("2006-01-02") }, "as of today"},
		{[]string{"ics", "--corpus", good}, func(d time.Time) string { return "DTSTAMP:" + d.UTC().Format("20060102") }, ""},
	} {
		before := time.Now()
		code, stdout, stderr := exit(t, c.args...)
		after := time.Now()
		if code != 0 || !strings.Contains(stderr, c.stderr) ||
			!strings.Contains(stdout, c.stdout(before)) && !strings.Contains(stdout, c.stdout(after)) {
			t.Errorf("%v: exit %d\nstdout: %.300s\nstderr: %.300s\nwant %q in stdout and %q in stderr", c.args, code, stdout, stderr, c.stdout(after), c.stderr)
		}
	}
}
