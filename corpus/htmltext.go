package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks are the elements that end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Tr: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Figcaption: true, atom.Pre: true,
	atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Dd: true, atom.Dt: true,
}

// skipped are elements whose text is no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Button: true, atom.Select: true, atom.Form: true,
}

// nodeText is the text of an HTML tree, one paragraph per block element,
// separated by blank lines, with runs of spaces collapsed.
func nodeText(n *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if blocks[n.DataAtom] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return strings.Join(paras, "\n\n")
}

// htmlText is the text of an HTML fragment (a feed item's content). An
// error (markup nested deeper than the HTML parser goes) leaves no text.
func htmlText(s string) (string, error) {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s), nil
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"})
	if err != nil {
		return "", err
	}
	root := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return nodeText(root), nil
}
