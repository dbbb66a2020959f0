package store

import (
	"debug/elf"
	"strings"
)

// buildID returns the Go build ID of the ELF executable exe, as `go tool
// buildid` prints it, when it has one. The Go linker notes it in the
// section .note.go.buildid; its last part is a hash of the executable's
// content, so another program has another ID. Reading it costs a few
// kilobytes where hashing the executable reads all of it. A build with
// -buildid= has none, nor has an executable of another format: the caller
// hashes those.
func buildID(exe string) (string, bool) {
	f, err := elf.Open(exe)
	if err != nil {
		return "", false
	}
	defer f.Close()
	sec := f.Section(".note.go.buildid")
	if sec == nil {
		return "", false
	}
	b, err := sec.Data()
	// a note: name size, description size, type, name "Go\0\0", description
	if err != nil || len(b) < 16 || string(b[12:16]) != "Go\x00\x00" {
		return "", false
	}
	n := f.ByteOrder.Uint32(b[4:8])
	if f.ByteOrder.Uint32(b[0:4]) != 4 || uint64(n) > uint64(len(b)-16) {
		return "", false
	}
	id := string(b[16 : 16+n])
	if !strings.Contains(id, "/") {
		return "", false
	}
	return id, true
}
