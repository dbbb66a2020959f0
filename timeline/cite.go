package timeline

import "slices"

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
// Citation. An event has few articles: they are looked up in order.
func (e *Event) Citations() []Citation {
	var articles []Citation // an article each
	for _, s := range e.Sources {
		a := s.Unquoted()
		i := slices.IndexFunc(articles, func(c Citation) bool { return c.Articles[0] == a })
		if i < 0 {
			i = len(articles)
			articles = append(articles, Citation{Articles: []Source{a}})
		}
		articles[i].Quotes = append(articles[i].Quotes, s.Quote)
	}
	var out []Citation
	for _, a := range articles {
		i := slices.IndexFunc(out, func(c Citation) bool { return slices.Equal(c.Quotes, a.Quotes) })
		if i < 0 {
			out = append(out, a)
			continue
		}
		out[i].Articles = append(out[i].Articles, a.Articles[0])
	}
	return out
}
