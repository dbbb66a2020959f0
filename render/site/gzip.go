package site

import (
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
)

// compressible reports whether the site file name is sent gzip-compressed
// to clients that accept it: it is text (a page, a feed; see ContentType),
// of many repeated words, which compresses well.
func compressible(name string) bool {
	t := ContentType(name)
	return strings.HasPrefix(t, "text/") || t == "application/json"
}

// gzipped reports whether the answer to r for the site file name is sent
// gzip-compressed: it is compressible, the client accepts gzip, and it
// asks for no byte range (ranges are of the file as it is).
func gzipped(r *http.Request, name string) bool {
	return compressible(name) && r.Header.Get("Range") == "" && acceptsGzip(r.Header.Get("Accept-Encoding"))
}

// acceptsGzip reports whether an Accept-Encoding header accepts gzip (or
// any coding, "*"), not with q=0.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.TrimSpace(coding)
		if !strings.EqualFold(coding, "gzip") && coding != "*" {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			if q, ok := strings.CutPrefix(strings.TrimSpace(p), "q="); ok {
				if v, err := strconv.ParseFloat(q, 64); err == nil && v == 0 {
					return false
				}
			}
		}
		return true
	}
	return false
}

// gzipWriter compresses the body of a 200 answer; any other (304, an
// error) goes as it is. Its headers are those of the compressed body.
type gzipWriter struct {
	http.ResponseWriter
	head bool // a HEAD request: headers only
	z    *gzip.Writer
}

func (g *gzipWriter) WriteHeader(code int) {
	if code == http.StatusOK {
		h := g.Header()
		h.Del("Content-Length")
		h.Del("Accept-Ranges")
		h.Set("Content-Encoding", "gzip")
		if !g.head {
			g.z, _ = gzip.NewWriterLevel(g.ResponseWriter, gzip.BestSpeed)
		}
	}
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	if g.z == nil {
		return g.ResponseWriter.Write(b)
	}
	return g.z.Write(b)
}

// Close ends the compressed body.
func (g *gzipWriter) Close() error {
	if g.z == nil {
		return nil
	}
	return g.z.Close()
}
