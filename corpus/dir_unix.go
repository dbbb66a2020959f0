//go:build unix

package corpus

import "syscall"

// openNoWait opens a named pipe without waiting for a writer; it changes
// nothing for a regular file.
const openNoWait = syscall.O_NONBLOCK
