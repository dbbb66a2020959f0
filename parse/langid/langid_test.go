package langid_test

import (
	"strings"
	"testing"

	// the languages give their cues
	"github.com/ca-diplomacy/timeline/parse/langid"
	_ "github.com/ca-diplomacy/timeline/parse/langs"
)

func TestDetect(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The presidents of Kazakhstan and Uzbekistan held talks in Astana on Monday.", "en"},
		{"Президенты Казахстана и Узбекистана провели переговоры в Астане.", "ru"},
		{"Prezident Shavkat Mirziyoyev Qozog‘iston Prezidenti bilan muzokaralar o‘tkazdi.", "uz"},
		{"O'zbekiston va Qozog'iston o'rtasidagi hamkorlik haqida so'z bordi.", "uz"},
		{"Президент Тожикистон Президенти билан музокаралар ўтказди.", "uz"},
		{"Қазақстан Президенті Өзбекстанға мемлекеттік сапармен барды.", "kk"},
		{"Die Präsidenten trafen sich am Montag in Berlin zu Gesprächen über Energie.", "de"},
		{"Cumhurbaşkanı Erdoğan, Özbekistan Cumhurbaşkanı ile Ankara'da görüştü.", "tr"},
		{"12345 !!!", "en"},
		// long enough for the English word count: other languages' own
		// short words (in, is, a, was) do not make them English
		{"De president is in Berlijn aangekomen voor een bezoek aan Duitsland. Het bezoek is het eerste in tien jaar. " +
			"In de hoofdstad sprak hij met de bondskanselier over energie, handel en vervoer. Er is een akkoord over water getekend.", "nl"},
		{"Il presidente è arrivato a Roma in visita ufficiale. A Roma ha incontrato il presidente della Repubblica e in seguito " +
			"il primo ministro. I leader hanno firmato un accordo su energia, commercio e trasporti in una cerimonia a Palazzo Chigi.", "it"},
		{"Was die Präsidenten in Berlin besprochen haben, ist noch nicht bekannt. In einer Erklärung hieß es, man habe über Energie, " +
			"Handel und Verkehr gesprochen. Ein Abkommen über Wasser wurde in Berlin unterzeichnet, an dem beide Seiten lange gearbeitet hatten.", "de"},
		{"President Shavkat Mirziyoyev of Uzbekistan arrived in Dushanbe on a state visit. The leaders held talks at the Palace of Nations " +
			"and signed agreements on water, energy and transport. O'zbekiston va Tojikiston.", "en"},
	} {
		if got := langid.Detect(c.text); got != c.want {
			t.Errorf("Detect(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("Prezident bilan")
	f.Add("\xff\xfeкириллица")
	f.Fuzz(func(t *testing.T, s string) {
		if langid.Detect(s) == "" {
			t.Fatal("no language")
		}
	})
}

// BenchmarkDetect detects the language of a 2 KB English news text with
// no metadata (the case of a folder of plain .txt files).
func BenchmarkDetect(b *testing.B) {
	s := strings.Repeat("The presidents of Kazakhstan and Uzbekistan held talks in Astana on Monday and signed an agreement on water. ", 20)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		langid.Detect(s)
	}
}
