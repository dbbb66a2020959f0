package places

import (
	"slices"
	"testing"
)

func TestAlternatives(t *testing.T) {
	for p, want := range map[string][]string{
		`\bSCO\b|Shanghai (?:a|b)|[|]x|\|y`: {`\bSCO\b`, `Shanghai (?:a|b)`, `[|]x`, `\|y`},
		`[]|]|[^]|]`:                        {`[]|]`, `[^]|]`},
		`a`:                                 {`a`},
	} {
		if got := alternatives(p); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", p, got, want)
		}
	}
	for p, want := range map[string]bool{`\bSCO\b`: false, `U\.S\.(?:A\.)?`: false, `C5\s*\+\s*1`: false,
		`Организаци\p{L}* тюркских`: true, `ШОС`: false, `ShHT`: true} {
		if got := hasLower(p); got != want {
			t.Errorf("hasLower(%s) = %v", p, got)
		}
	}
}

func TestNameOn(t *testing.T) {
	g := Default()
	c := g.cities["astana"][0]
	for day, want := range map[string]string{"2021-02-18": "Nur-Sultan", "2023-01-25": "Astana", "": "Astana", "2020": "Nur-Sultan"} {
		if got := c.NameOn(day); got != want {
			t.Errorf("NameOn(%q) = %s, want %s", day, got, want)
		}
	}
}
