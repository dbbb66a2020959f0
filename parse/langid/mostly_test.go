package langid

import "testing"

// A text is told by the function words of its language alone (English
// here); other Latin texts are left to the trigram profiles.
func TestMostly(t *testing.T) {
	english := map[string]bool{"the": true, "and": true, "of": true, "to": true, "that": true, "were": true, "by": true, "on": true}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The presidents of Kazakhstan and Uzbekistan held talks in Astana and signed agreements on water, energy and transport that were prepared by the ministers.", true},
		{"The presidents met.", false}, // too short to tell
		{"Die Präsidenten trafen sich in Berlin. Was sie besprochen haben, ist nicht bekannt; an dem Abkommen wurde lange gearbeitet.", false},
		{"Il presidente è arrivato a Roma in visita ufficiale e ha incontrato il presidente della Repubblica a Palazzo Chigi.", false},
		{"O'zbekiston va Qozog'iston prezidentlari Toshkentda muzokaralar o'tkazdi.", false},
	} {
		if got := mostly(c.text, english); got != c.want {
			t.Errorf("mostly(%q) = %v", c.text, got)
		}
	}
}
