// Package splice writes a file as a run of pieces, each named by a key
// that names its bytes, and copies a piece that the file's earlier version
// already holds instead of rendering it again.
//
// A build that changed little rewrites its large files mostly by copying:
// on Linux the copy is copy_file_range, done in the kernel (os.File's
// ReadFrom), so the bytes of an unchanged piece never pass through the
// program. What names a piece is the caller's business; equal keys must mean
// equal bytes.
package splice

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// A Piece is where a piece is in a file.
type Piece struct {
	Key string `json:"key"`
	Off int64  `json:"off"`
	Len int64  `json:"len"`
}

// Index says what a file holds: its size and modification time when it was
// written (so that a file changed since is not trusted) and its pieces.
type Index struct {
	Size    int64   `json:"size"`
	ModTime int64   `json:"mtime"` // nanoseconds since 1970
	Pieces  []Piece `json:"pieces"`
}

// Earlier is a file an earlier run wrote, open for copying its pieces.
type Earlier struct {
	f  *os.File
	at map[string]Piece
}

// Open opens the file name as ix describes it. It returns nil and no error
// when there is no such file, when ix holds no piece, or when the file's
// size or time is not ix's (changed since, by hand or by a run that did not
// keep its index): nothing is copied from it.
func Open(name string, ix Index) (*Earlier, error) {
	if len(ix.Pieces) == 0 {
		return nil, nil
	}
	f, err := os.Open(name)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil || st.Size() != ix.Size || st.ModTime().UnixNano() != ix.ModTime {
		f.Close()
		return nil, err
	}
	e := &Earlier{f: f, at: make(map[string]Piece, len(ix.Pieces))}
	for _, p := range ix.Pieces {
		if p.Off < 0 || p.Len < 0 || p.Off+p.Len > ix.Size {
			f.Close()
			return nil, fmt.Errorf("%s: piece %q out of the file", name, p.Key)
		}
		e.at[p.Key] = p
	}
	return e, nil
}

// Close closes the file; a nil Earlier is closed already.
func (e *Earlier) Close() error {
	if e == nil {
		return nil
	}
	return e.f.Close()
}

// Writer writes a file, counting its bytes and noting its pieces.
type Writer struct {
	w       io.Writer
	n       int64
	earlier *Earlier
	pieces  []Piece
	// Copied counts the bytes copied from the earlier file.
	Copied int64
}

// NewWriter writes to w; pieces earlier holds (nil: none) are copied from
// it. When w is an *os.File, or a bufio.Writer on one, the copy is the
// kernel's.
func NewWriter(w io.Writer, earlier *Earlier) *Writer {
	return &Writer{w: w, earlier: earlier}
}

// Write writes bytes that are no piece (a head, a separator).
func (w *Writer) Write(p []byte) (int, error) {
	n, err := w.w.Write(p)
	w.n += int64(n)
	return n, err
}

// Piece writes the piece of key: copied from the earlier file when it holds
// the key, else written by write (to the Writer itself). An empty key names
// no piece: write writes it and it is not noted.
func (w *Writer) Piece(key string, write func(io.Writer) error) error {
	start := w.n
	if p, ok := w.earlier.find(key); ok {
		if err := w.copy(p); err != nil {
			return err
		}
	} else if err := write(w); err != nil {
		return err
	}
	if key != "" {
		w.pieces = append(w.pieces, Piece{Key: key, Off: start, Len: w.n - start})
	}
	return nil
}

func (e *Earlier) find(key string) (Piece, bool) {
	if e == nil || key == "" {
		return Piece{}, false
	}
	p, ok := e.at[key]
	return p, ok
}

// copy copies piece p of the earlier file.
func (w *Writer) copy(p Piece) error {
	if _, err := w.earlier.f.Seek(p.Off, io.SeekStart); err != nil {
		return err
	}
	// a LimitedReader on an *os.File is what os.File.ReadFrom hands to
	// copy_file_range
	n, err := io.Copy(w.w, &io.LimitedReader{R: w.earlier.f, N: p.Len})
	w.n += n
	w.Copied += n
	if err == nil && n != p.Len {
		err = fmt.Errorf("%s: piece %q: %d of %d bytes", w.earlier.f.Name(), p.Key, n, p.Len)
	}
	return err
}

// Pieces are the pieces written, in order.
func (w *Writer) Pieces() []Piece { return w.pieces }
