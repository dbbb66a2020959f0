// Package en is English for timeline: its date rules (dates.go), the words
// that name its events and the cues of status, place and clause (en.go),
// and their test cases (testdata).
package en

import (
	_ "embed"
	"regexp"

	"github.com/ca-diplomacy/timeline/parse/lang"
	"github.com/ca-diplomacy/timeline/parse/langid"
	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/parse/prefilter"
)

// adjectives are the demonyms of countries in the language.
//
//go:embed adjectives.tsv
var adjectives string

// Language is English.
var Language = &lang.Language{
	Lang:  "en",
	Dates: dateRules,
	Triggers: []lang.Trigger{
		lang.Trig("summit", `consultative meeting|summit|\d\s*\+\s*1 meeting|meeting of the heads of state`),
		lang.Trig("state_visit", `state visit`),
		lang.Trig("working_visit", `(?:official )?working visit`),
		lang.Trig("official_visit", `official visit`),
		lang.Trig("council_meeting", `(?:meeting|session|sitting|convening)s? of (?:the|their|its) [\p{L}\s-]{0,60}?(?:council|commission|committee)|(?:council|commission|committee) (?:met|meeting|session|sitting|assembly|(?:will )?(?:hold|holds|held) (?:its|a|the) (?:[\p{L}-]+ )?(?:meeting|session))|council of (?:the )?heads of (?:state|government)`),
		lang.Trig("call", `(?:tele)?phone (?:conversation|call|talk)s?|video ?call|spoke (?:by|on the) (?:tele)?phone|(?:called|phoned|rang) (?:his|her|their) (?:[\p{L}-]+ )?(?:counterpart|colleague)|(?:called|phoned) (?:the )?(?:[\p{Lu}][\p{L}.]* )?(?:president|prime minister)`),
		lang.Trig("dialogue", `[\p{L}-]+ (?:partnership |political |security |economic )?dialogue|consultations|trialogue`),
		lang.Trig("conference", `conference|round ?table|seminar|symposium`),
		lang.Trig("forum", `forum|expo\b`),
		lang.Trig("signing", `(?:was|were|have been|has been|had been) signed|(?:agreements?|plan|memorand\p{L}*|treat(?:y|ies)|declarations?|protocols?|programmes?|road ?maps?|contracts?|documents?) signed\b|signed (?:an?|the|in|on|at|last|earlier|several|a number of|a package of|a series of|a set of|\d+|two|three|four|five|six|seven|eight|nine|ten|(?:bilateral |intergovernmental |cooperation )?(?:agreements|documents|memorand\p{L}*|treaties|contracts|declarations|protocols))\b|signing of|signing ceremony|(?:will|to|would) sign\b|sign (?:an?|several|a number of|a package of|\d+|two|three|four|five|agreements|documents|memorand\p{L}*)\b|(?:executed|inked|concluded) (?:an?|the) (?:[\p{L}-]+ )?(?:protocol|agreement|memorandum|treaty|contract|declaration)|adopted (?:an?|the) (?:[\p{L}-]+ ){0,3}(?:declaration|statement|communiqu\p{L}*|road ?map)`),
		lang.Trig("talks", `talks|negotiations|informal meeting|bilateral meeting|video ?conferenc\p{L}*|online meeting|ministers' meeting|held a meeting|(?:will|to) (?:also )?meet|met with|meeting between|received`),
		// "visiting" names a visit as a verb ("is visiting"), not as an
		// adjective ("talks with the visiting president")
		lang.Trig("visit", `visit(?:ed|s)?\b|(?:is|are|was|were|be|been) visiting|arriv(?:ed|al|es|e) in`),
		lang.Sitting("council_meeting", `(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|next|regular|previous|prior|extraordinary) (?:meeting|session|sitting|convening)|session|sitting|convening`),
		lang.Weak("talks", `discuss(?:ed|es)?|meeting|met\b`),
	},
	Planned:   lang.Re(`will|shall|look(?:s|ing)? forward to|await(?:s|ing)?|(?:is|are) (?:also )?(?:expected|scheduled|set|due|planned|going) to|(?:is|are) (?:also )?(?:planned|scheduled)\b|(?:is|are) to (?:sign|hold|meet|visit|attend|host|take part|participate|travel|pay)\b|to be held|upcoming|forthcoming|scheduled for|(?:is|are) scheduled|plans? to|intends? to|committed to holding|would|(?:is|are) envisaged|(?:is|are) foreseen|(?:agreed|decided|hopes?|expects?)\b[\p{L}\s,'-]{0,60}?\bto (?:hold|attend|visit|take part|participate|meet|organi[sz]e)|agreement (?:was |has been |had been )?reached to (?:hold|organi[sz]e|convene)|agree(?:d|ment) on holding`),
	Cancelled: lang.Re(`cancell?ed|called off`),
	Postponed: lang.Re(`postponed|delayed|rescheduled|put off|pushed back`),
	Moved:     regexp.MustCompile(`(?i)\b(?:(?:postponed|delayed|rescheduled|moved|put off|pushed back)(?: \p{L}+)? (?:to|until|till|for)|now (?:be held|take place|open)s? (?:on|in))\s+(?:the\s+)?$`),
	Ended:     lang.Re(`(?:has|have) ended|came to an end|(?:has|have) come to an end|drew to a close|(?:has|have) wrapped up`),
	Arrived:   lang.Re(`arriv(?:ed|es)\b|(?:has|have) arrived`),
	Opening:   lang.Re(`(?:began|begins|opened|opens|started|starts|kicked off) with`),
	Ongoing:   lang.Re(`(?:is|are) (?:in [\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)? )?on (?:a|an|his|her|their) (?:[\p{L}-]+ )?visit|ongoing|under ?way|(?:is|are) being held|currently|at the moment|right now|in progress|(?:is|are) (?:holding|taking place)`),
	Online:    lang.Re(`online|video ?conference|via video|video link|by (?:tele)?phone|telephone|phone call|virtual(?:ly)?`),
	Ahead:     lang.Re(`preparations? for|preparing|organi[sz](?:ation|ing) of|agenda for|dates? of|timing of`),
	Topic:     lang.Re(`recall(?:ed|s|ing)?|exchang(?:ed|es|ing) views (?:on|about|regarding)|welcom(?:ed|es|ing)|outcomes? of|results? of|implementation of|organi[sz](?:ation|ing) of|preparations? for|preparing|agenda (?:of|for)|dates? of|timing of|initiative to hold|promoting|(?:substance|content) of|(?:foster|strengthen|deepen|develop|maintain|build)(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|facilitat(?:e|es|ed|ing)|(?:development|expansion|deepening|strengthening) of`),
	Purpose:   lang.Re(`(?:departed|left|flew|travell?ed|arrived|headed) [^.;]{0,80}?to (?:attend|take part in|participate in)`),
	// "announced the signing of deals worth $1bn" tells of one done:
	// only plans announced are to come
	Announce:  lang.Re(`(?:announc|unveil|reveal)(?:ed|es|ing) (?:plans|intentions?) (?:for|to)`),
	Proposal:  lang.Re(`invit(?:ed|es|ing|ation)\b[\p{L}\s,.'-]{0,50}?\bto|proposed|proposal|suggested|offered to host|interest in (?:holding|organi[sz]ing)`),
	Reporting: lang.Re(`said|says|told|reported|announced|stated|noted|informed|learned`),
	Places: places.Language{Adjectives: adjectives, Capitals: []places.Capital{
		{Word: "capital", Before: regexp.MustCompile(`(?i)\bthe\s+$`), After: regexp.MustCompile(`^\s+capital\b`)}, // the Kazakh capital ("Chinese capital" is money)
		{Word: "capital", After: regexp.MustCompile(`^['’]s\s+capital\b`)},
		{Word: "capital", Before: regexp.MustCompile(`(?i)\bthe\s+capital\s+(?:city\s+)?of\s+(?:the\s+)?$`)},
	},
		Endings: []string{"'s", "’s"}}, // Vietnam's, Tashkent's
	// words written with a dot that ends no sentence
	Abbreviations:   []string{"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "prof", "sen", "rep", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "est", "approx", "dept", "gov", "amb"},
	TimePreposition: `on`,
	// function words other languages in Latin letters do not spell
	// alike (unlike in, is, a, was: Dutch, Italian, German have them):
	// a fifth to a third of the words of English news
	LangID:      langid.Cue{FunctionWords: []string{"the", "and", "of", "to", "with", "for", "were", "are", "has", "have", "that", "by", "from", "this", "which"}},
	Destination: regexp.MustCompile(`(?i)(?:\bto(?: the)?|\bfor(?: the)?|\bin|\bvisit(?:ed|ing|s)?)\s+(?:(?:Republic|State|Kingdom|Sultanate) of\s+)?$`),
	Frame:       lang.Re(`during|within|as part of|in the framework of|at|on the (?:sidelines|margins) of|on the (?:first|second|third|last|final|closing) day of`),
	Anchor:      lang.Re(`ahead of|on the eve of|in the run-up to|prior to|before|in the wake of|since|in preparation for`),
	After:       lang.Re(`after|following|at the end of|as a result of|upon the conclusion of`),
	// "…, President Sadyr Japarov announced after his talks …": a named
	// speaker before the verb of saying
	Clause:   regexp.MustCompile(`^\s*(?:(?i:which|who|whom|whose|where|when|while|whereas|but|and|then|although|though|because|since|as|immediately|according|reported|said|says|told|noted|announced)\b|(?:[A-Z][\p{L}.'-]*\s+){1,6}(?:said|says|told|noted|announced|stated|added|stressed)\b)`),
	Sequel:   regexp.MustCompile(`(?i)^\s*(?:(?:then|after that|afterwards|subsequently|later(?: on| that day)?|following (?:this|that))\b|next,)`),
	Since:    regexp.MustCompile(`(?i)\bsince\s+(?:\p{Ll}+ing\b[^,.;]{0,30}?\s+)?$`),
	Until:    regexp.MustCompile(`(?i)\b(?:last(?:s|ed|ing)?|continu(?:e|es|ed|ing)|run(?:s|ning)?|ran)\s+(?:until|till|through)\s+(?:the\s+)?$`),
	Founding: regexp.MustCompile(`(?i)\b(?:launched|established|founded|created|set up|inaugurated|instituted)(?:\s+(?:in|on|back in))?\s*$`),
	Ordinal:  regexp.MustCompile(`(?i)\b(\d{1,3})(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)\b`),
	Ordinals: map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15},
	Capitalised: true,
	NameTail:    regexp.MustCompile(`^ (?:states|countries|nations|regions)\b`),
	SmallWords:  map[string]bool{"with": true, "from": true, "into": true, "over": true, "upon": true, "amid": true, "after": true},
	Names: []lang.EventName{
		lang.Name("council_meeting", `intergovernmental commission`, "Intergovernmental Commission"),
		lang.Name("council_meeting", `joint commission`, "Joint Commission"),
		lang.Name("council_meeting", `expert council`, "Expert Council"),
		lang.Name("council_meeting", `council of foreign ministers`, "Council of Foreign Ministers"),
		lang.Name("council_meeting", `supreme interstate council`, "Supreme Interstate Council"),
		lang.Name("council_meeting", `council of (?:the )?heads of state`, "Council of Heads of State"),
		lang.Name("council_meeting", `council of (?:the )?heads of government`, "Council of Heads of Government"),
		lang.Name("dialogue", `strategic partnership dialogue`, "Strategic Partnership Dialogue"),
		lang.Name("dialogue", `political consultations`, "Political Consultations"),
		lang.Name("forum", `business forum`, "Business Forum"),
		lang.Name("forum", `investment forum`, "Investment Forum"),
	},
	Documents: map[string]string{"agreement": "agreement", "memorand": "memorandum", "treat": "treaty", "protocol": "protocol",
		"declaration": "declaration", "statement": "statement", "program": "programme", "contract": "contract",
		"roadmap": "roadmap", "road map": "roadmap", "convention": "convention", "accord": "agreement"},
	Boilerplate: regexp.MustCompile(`(?i)^(?:also read|read also|read more|related(?: news| articles)?|see also|more on the topic|share this|comments?\b)`),
	Credit:      regexp.MustCompile(`(?i)(?:^|[.!?]\s+)(?:photos?(?: credit)?|source|image)\s*:.{0,60}$|^(?:photos?|source|image)\s*:|\((?:photos?|source|image)\s*:[^)]*\)$`),
	Relative:    regexp.MustCompile(`(?i)^\s*(?:which|who|whom|whose|where)\b`),
	// "told reporters that", "said at a press conference that": words
	// may stand before "that"
	Reported:  prefilter.MustCompile(`(?i)\b(?:said|says|say|assured|assurances|announced|noted|stated|reported|informed|told|confirmed|added|stressed|emphasi[sz]ed|believes?|expects?|hopes?|confident)(?:\s+[\p{L}.-]+){0,4}?\s+(that)\b`),
	And:       regexp.MustCompile(`(?i)\b(?:and|as well as)\b`),
	Preparing: lang.Re(`preparations? for|preparing for`),
	Programme: lang.Re(`according to (?:the|its|his|her) (?:visit )?(?:programme|program)|(?:programme|program) of the visit|visit (?:programme|program)`),
	Gapped:    regexp.MustCompile(`(?i)^\s*and\s+(?:the|a|an)\s`),
	Finite:    regexp.MustCompile(`(?i)\b(?:is|are|was|were|be|been|will|would|has|have|had|can|could|may|might|shall|should|must|did|does|do|met|held|took|made|paid|went|came|gave|began|spoke|led|sent|saw|told|said|left|flew|brought|\p{L}{2,}ed)\b`),
	Past:      lang.Re(`took place|was held|were held|held talks|met|was signed|were signed|signed`),
	PlanMade:  regexp.MustCompile(`(?i)\b(?:was|were|had(?: been)?)\s+(?:(?:originally|initially|first|previously|also|already)\s+)?$`),
	Sides:     lang.Re(`(?:the|both|two) (?:sides|parties)`),
	Leaders:   lang.Re(`presidents|leaders|heads of (?:state|government)|heads of [\p{L}\s-]{0,30}?(?:states|countries|nations)|prime ministers`),
	Sights:    regexp.MustCompile(`(?i)^\s+(?:to\s+)?(?:the\s+|an?\s+)?(?:[\p{L}'-]+\s+){0,3}?(?:museum|exhibition|expo(?:sition)?|gallery|concert|plant|factory|enterprise|memorial|mausoleum|monument|complex|university|school|hospital|park|pavilion|stand|farm|mosque|church|cathedral|theatre|theater)s?\b`),
	Times:     lang.Re(`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|numerous) times`),
	About:     regexp.MustCompile(`(?i)\b(?:agreements?|memorand(?:um|a)|treat(?:y|ies)|protocols?|declarations?|accords?|contracts?)\s+(?:on|about|for|concerning)\s+(?:the\s+)?(?:opening|establishment|construction|creation|building|setting up|launch)\b[^,.;]{0,60}$`),
	Framework: lang.Marked(`\b(?:cooperation|interaction|partnership|collaboration|coordination)\s+(?:with)?in\s+(?:the\s+framework\s+of\s+)?` +
		`(?:(?:the\s+)?["“«]?<name>(?:\s*[–—-]?\s*<name>)*["”»]?(?:\s+format)?(?:\s*,\s*(?:and\s+)?|\s+(?:and|as well as)\s+))*` +
		`(?:the\s+)?["“«]?(?:<name>\s*[–—-]?\s*)*$`),
	Generic:       regexp.MustCompile(`(?i)\b(?:mutual|reciprocal|exchanges? of)\s+(?:[\p{L}-]+\s+){0,2}$`),
	Plural:        lang.Re(`consultative meetings|summits|forums|fora|conferences|seminars|symposi(?:ums|a)|round ?tables|sessions|sittings|visits`),
	Schedule:      regexp.MustCompile(`(?i)\b(?:plan|schedule|calendar|timetable|programme|program|roadmap|road map)s?\s+of\s+(?:(?:the|a|an|future|further|regular|bilateral|political)\s+)?$`),
	Attributive:   regexp.MustCompile(`(?i)^\s*(?:program(?:me)?s?|agenda|schedule|format|decree|law|resolution|exchanges?)\b`), // (signed a decree: no treaty)
	Body:          lang.Re(`council|commission|committee|(?:working|planning) group`),
	Bilateral:     lang.Re(`bilateral`),
	HeadlineAhead: regexp.MustCompile(`(?i)\bto (?:pay|hold|visit|meet|sign|attend|host|travel|take part|participate|discuss|tour)\b`),
	Title:         regexp.MustCompile(`^(?:President|Premier|Minister|Chairman|Speaker|King|Emir|Sultan|Sheikh|Chancellor|Secretary-General)$`),
	Press:         regexp.MustCompile(`(?i)\b(?:press|news)\s+$`),
	ThisCountry:   lang.Re(`(?:this|that|the same)\s+country`),
	Pronoun:       lang.Re(`he|she|his|her`),
	Determiner:    regexp.MustCompile(`(?i)\b(?:the|a|an|his|her|its|their|this|that)\s+$`),
	Definite:      regexp.MustCompile(`(?i)\b(?:the|this|that|our|its|their|previous|next|last|upcoming|forthcoming)\s+(?:[\p{L}-]+\s+){0,2}$`),
	Demonstrative: regexp.MustCompile(`(?i)\b(?:this|that|the same)\s+$`),
	Negation:      regexp.MustCompile(`(?i)\b(?:not|never|no)\s+(?:[\p{L}-]+\s+){0,2}$`),
	Duration: []lang.Duration{
		lang.Days(`(?:one|1)-day`, 1), lang.Days(`(?:two|2)-day|last(?:s|ed)? (?:two|2) days`, 2),
		lang.Days(`(?:three|3)-day|last(?:s|ed)? (?:three|3) days`, 3),
		lang.Days(`(?:four|4)-day`, 4), lang.Days(`(?:five|5)-day`, 5),
	},
}
