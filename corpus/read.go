package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"unicode/utf16"
)

// MaxMetaSize is the largest meta file read: a few fields of one article.
const MaxMetaSize = 1 << 20

// ErrNotRegular is the error of a file that is no regular file (a named
// pipe, a device, a socket, or a link to one): reading it could block or
// never end, so it is skipped.
var ErrNotRegular = errors.New("not a regular file; skipped")

// ReadLimited reads file p of fsys whole when it is a regular file of at
// most limit bytes. The limit is kept while reading, not only by the size
// the file claims, so a file that grows, or a link to an endless device,
// costs at most limit bytes.
func ReadLimited(fsys fs.FS, p string, limit int64) ([]byte, error) {
	if info, err := fs.Stat(fsys, p); err != nil {
		return nil, err
	} else if !info.Mode().IsRegular() {
		return nil, ErrNotRegular
	} else if info.Size() > limit {
		return nil, tooLarge(info.Size(), limit)
	}
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, tooLarge(-1, limit)
	}
	return b, nil
}

func tooLarge(size, limit int64) error {
	if size < 0 {
		return fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, limit)
	}
	return fmt.Errorf("%w (%d bytes > %d)", ErrTooLarge, size, limit)
}

// Byte order marks.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// withoutBOM returns b as UTF-8 without a byte order mark: a UTF-8 mark is
// dropped, and text marked as UTF-16 (what Windows editors save as
// "Unicode") is decoded. Bytes without a mark are returned as they are.
func withoutBOM(b []byte) []byte {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		return b[len(bomUTF8):]
	case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
		big := b[0] == 0xFE
		b = b[2:]
		u := make([]uint16, len(b)/2)
		for i := range u {
			if big {
				u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
			} else {
				u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
			}
		}
		return []byte(string(utf16.Decode(u)))
	}
	return b
}

// kindOf names the kind of file of a mode that is not regular.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a folder"
	}
	return "a special file"
}
