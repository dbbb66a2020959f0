//go:build unix

package site

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"syscall"
)

// lock takes the lock file at path, held until the function it returns
// is called (or the process ends: the kernel lets go of it then, so a
// run killed leaves no lock behind). The file holds the holder's
// process id, for the error of a run that finds it taken.
func lock(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		b := make([]byte, 32)
		n, _ := f.ReadAt(b, 0)
		f.Close()
		if pid := string(bytes.TrimSpace(b[:n])); pid != "" {
			return nil, fmt.Errorf("%w (process %s)", ErrLocked, pid)
		}
		return nil, ErrLocked
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return func() {
		f.Truncate(0)
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
