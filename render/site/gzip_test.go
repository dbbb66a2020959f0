package site

import "testing"

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"":                   false,
		"gzip":               true,
		"GZip":               true,
		"deflate, br":        false,
		"br, gzip;q=0.5":     true,
		"gzip;q=0":           false,
		"gzip; q=0.000":      false,
		"*":                  true,
		"*;q=0":              false,
		"identity":           false,
		"x-gzip-like, gzip ": true,
	} {
		if got := acceptsGzip(header); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", header, got, want)
		}
	}
}
