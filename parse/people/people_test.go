package people

import (
	"fmt"
	"testing"
)

func TestFind(t *testing.T) {
	for _, c := range []struct {
		s    string
		want string // "Name/CODE …"
	}{
		{"Kazakh President Kassym-Jomart Tokayev met Shavkat Mirziyoyev.", "Kassym-Jomart Tokayev/KZ Shavkat Mirziyoyev/UZ"},
		{"Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Шавкатом Мирзиёевым.", "Kassym-Jomart Tokayev/KZ Shavkat Mirziyoyev/UZ"},
		{"Prezident Shavkat Mirziyoyevning Qozog‘iston Prezidenti Qasim-Jomart To‘qayev bilan", "Shavkat Mirziyoyev/UZ Kassym-Jomart Tokayev/KZ"},
		{"Президент Шавкат Мирзиёев Тожикистон Президенти Эмомали Раҳмон билан", "Shavkat Mirziyoyev/UZ Emomali Rahmon/TJ"},
		{"Serdar Berdimuhamedov and Gurbanguly Berdimuhamedov", "Serdar Berdimuhamedov/TM Gurbanguly Berdimuhamedov/TM"},
		{"the putin-era style", ""},                 // lower case is not a name
		{"Putinism is a word", "Vladimir Putin/RU"}, // a stem with an ending: accepted
		{"Karimova opened an exhibition", ""},       // a common surname needs the first name
		{"President Islam Karimov", "Islam Karimov/UZ"},
	} {
		got := ""
		for i, h := range Find(c.s) {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("%s/%s", h.Person.Name, h.Person.Code)
		}
		if got != c.want {
			t.Errorf("Find(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestInOffice(t *testing.T) {
	hits := Find("Nazarbayev")
	p := hits[0].Person
	for _, c := range []struct {
		day  string
		want bool
	}{{"2018-05-01", true}, {"2019-03-20", true}, {"2021-02-18", false}, {"2019", true}, {"", true}, {"XXXX-05-01", true}} {
		if got := p.InOffice(c.day); got != c.want {
			t.Errorf("InOffice(%q) = %v", c.day, got)
		}
	}
}

func ExampleFind() {
	for _, h := range Find("Президент Узбекистана Шавкат Мирзиёев принял Сергея Лаврова.") {
		fmt.Println(h.Person.Name, h.Person.Code, h.Person.Role)
	}
	// Output:
	// Shavkat Mirziyoyev UZ President
	// Sergey Lavrov RU Foreign Minister
}

func FuzzFind(f *testing.F) {
	f.Add("Президент Шавкат Мирзиёев и Токаев")
	f.Add("To‘qayev\xff Serdar Berdimuhamedov")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, h := range Find(s) {
			if h.Start < last || h.End > len(s) || h.Start >= h.End {
				t.Fatalf("hit %d..%d out of order or outside %d", h.Start, h.End, len(s))
			}
			last = h.End
		}
	})
}

func TestShortFirstWord(t *testing.T) {
	hits := Find("President Xi Jinping met the delegation.")
	if len(hits) != 1 || hits[0].Person.Code != "CN" {
		t.Errorf("Find: %+v", hits)
	}
	if hits := Find("Xi said"); len(hits) != 0 {
		t.Errorf("a short word alone is no name: %+v", hits)
	}
}
