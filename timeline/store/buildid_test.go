package store

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// TestBuildID: the build ID read from the test's own executable is the one
// the go command prints.
func TestBuildID(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("ELF executables only")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "tool", "buildid", exe).Output()
	if err != nil {
		t.Skipf("go tool buildid: %v", err)
	}
	got, ok := buildID(exe)
	if want := strings.TrimSpace(string(out)); !ok || got != want {
		t.Errorf("buildID = %q, %v; go tool buildid says %q", got, ok, want)
	}
	if _, ok := buildID("testdata"); ok {
		t.Error("a folder has a build ID")
	}
}
