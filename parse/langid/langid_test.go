package langid

import "testing"

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
	} {
		if got := Detect(c.text); got != c.want {
			t.Errorf("Detect(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("Prezident bilan")
	f.Add("\xff\xfeкириллица")
	f.Fuzz(func(t *testing.T, s string) {
		if Detect(s) == "" {
			t.Fatal("no language")
		}
	})
}
