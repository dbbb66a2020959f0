//go:build !unix

package corpus

// openNoWait is nothing where named pipes cannot stand in a folder.
const openNoWait = 0
