package timeline

import "fmt"

// Citation is what one or more articles say of an event in the same words:
// the articles (their sources without a quote), in the order of the
// event's sources, and their quotes. Outlets often reprint a press release
// word for word; the reprints share one citation, so that a reader sees
// each sentence once with every article that carries it.
type Citation struct {
	Articles []Source
	Quotes   []string
}

// Citations gathers the event's sources by article, each article with its
// quotes in order, and articles whose quotes are the same into one
// Citation.
func (e *Event) Citations() []Citation {
	var articles []Source
	quotes := map[Source][]string{}
	for _, s := range e.Sources {
		a := s.Unquoted()
		if _, ok := quotes[a]; !ok {
			articles = append(articles, a)
		}
		quotes[a] = append(quotes[a], s.Quote)
	}
	var out []Citation
	same := map[string]int{} // the quotes, each quoted: their citation
	for _, a := range articles {
		key := fmt.Sprintf("%q", quotes[a])
		if i, ok := same[key]; ok {
			out[i].Articles = append(out[i].Articles, a)
			continue
		}
		same[key] = len(out)
		out = append(out, Citation{Articles: []Source{a}, Quotes: quotes[a]})
	}
	return out
}
