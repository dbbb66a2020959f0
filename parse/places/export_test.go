package places

// WithoutFirsts is g looking up every phrase, without the first-word check.
func WithoutFirsts(g *Gazetteer) *Gazetteer {
	all := *g
	all.firsts = nil
	return &all
}

// HasFirsts reports whether g knows names of more than one word.
func HasFirsts(g *Gazetteer) bool { return len(g.firsts) > 0 }
