package langs_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/internal/casefile"
	"github.com/ca-diplomacy/timeline/parse/langs"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	wen "github.com/olebedev/when/rules/en"
	wru "github.com/olebedev/when/rules/ru"
)

// article is one generated article: text and language.
type article struct{ text, lang string }

var (
	sentencesOnce sync.Once
	sentences     map[string][]string // language → case sentences
)

// caseSentences are the sentences of the date cases, by language: news
// style text, dates and non-dates mixed.
func caseSentences(tb testing.TB) map[string][]string {
	sentencesOnce.Do(func() {
		sentences = map[string][]string{}
		lang := ""
		casefile.Lines(tb, caseFiles, func(_ string, _ int, l string) {
			if strings.HasPrefix(l, "@lang ") {
				lang = strings.TrimSpace(l[6:])
			}
			if i := strings.Index(l, " => "); i > 0 && lang != "" {
				sentences[lang] = append(sentences[lang], l[:i])
			}
		})
	})
	return sentences
}

// corpus returns about size bytes of articles of about 3 KB in four
// paragraphs, cycling through languages and sentences deterministically.
func corpus(tb testing.TB, size int) []article {
	ss := caseSentences(tb)
	langsOrder := []string{"en", "ru", "uz"}
	var out []article
	total, k := 0, 0
	for total < size {
		lang := langsOrder[len(out)%3]
		var b strings.Builder
		for b.Len() < 3000 {
			for p := 0; p < 5 && b.Len() < 3000; p++ {
				b.WriteString(ss[lang][k%len(ss[lang])])
				b.WriteByte(' ')
				k += 7
			}
			b.WriteString("\n\n")
		}
		out = append(out, article{b.String(), lang})
		total += b.Len()
	}
	return out
}

func size(arts []article) (n int) {
	for _, a := range arts {
		n += len(a.text)
	}
	return n
}

var ref = dates.Date{Year: 2024, Month: 11, Day: 16}

// BenchmarkRead is timeline's reader over whole articles.
func BenchmarkRead(b *testing.B) {
	for _, mb := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			arts := corpus(b, mb<<20)
			r := langs.Reader()
			b.SetBytes(int64(size(arts)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, a := range arts {
					r.Read(a.text, dates.Options{Lang: a.lang, Ref: ref})
				}
			}
		})
	}
}

// BenchmarkWhenParse is when's own Parse (English and Russian rules, as
// when ships them) called per paragraph, the baseline of the comparison.
func BenchmarkWhenParse(b *testing.B) {
	w := when.New(nil)
	w.Add(wen.All...)
	w.Add(wru.All...)
	w.Add(common.All...)
	base := ref.Time()
	for _, mb := range []int{1, 10} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			arts := corpus(b, mb<<20)
			b.SetBytes(int64(size(arts)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, a := range arts {
					for _, p := range strings.Split(a.text, "\n\n") {
						w.Parse(p, base)
					}
				}
			}
		})
	}
}

// TestCorpusSize keeps the generator honest: sizes as asked, all languages.
func TestCorpusSize(t *testing.T) {
	arts := corpus(t, 1<<20)
	if n := size(arts); n < 1<<20 || n > 1<<20+4000 {
		t.Errorf("1 MB corpus is %d bytes", n)
	}
	seen := map[string]bool{}
	for _, a := range arts {
		seen[a.lang] = true
	}
	if len(seen) != 3 {
		t.Errorf("languages %v", seen)
	}
}
