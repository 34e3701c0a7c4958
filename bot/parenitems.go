package bot

import "strings"

// parenItems rewrites a list of countries each with its topic in
// parentheses, as notes and chat write several questions in one line
// ("for my notes: libya (ransomware), yemen (cables), tuvalu
// (statehood)"), as one question a sentence ("libya on ransomware. yemen
// on cables. tuvalu on statehood."), so each country is asked on its own
// topic and never on the others'. Only a line of at least two such items,
// each closed by a comma, a semicolon, "and" or the line's end, is
// rewritten ("Côte d'Ivoire (CIV) and Ghana (GHA) on cables" stays as
// typed); words before the first item and a colon after them stay as
// their own sentence.
func parenItems(line string) (string, bool) {
	if strings.Count(line, "(") < 2 {
		return line, false
	}
	lead := ""
	rest := line
	if i := strings.IndexByte(rest, ':'); i >= 0 && i < strings.IndexByte(rest, '(') {
		lead, rest = strings.TrimSpace(rest[:i]), rest[i+1:]
	}
	var items []string
	for strings.TrimSpace(rest) != "" {
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			return line, false
		}
		closeAt := strings.IndexByte(rest[open:], ')')
		if closeAt < 0 {
			return line, false
		}
		closeAt += open
		name := strings.TrimSpace(rest[:open])
		topic := strings.TrimSpace(rest[open+1 : closeAt])
		if name == "" || topic == "" || strings.ContainsAny(name, "()") || len(strings.Fields(name)) > 5 {
			return line, false
		}
		items = append(items, name+" on "+topic)
		after := strings.TrimLeft(rest[closeAt+1:], " ")
		after = strings.TrimLeft(after, "?!.")
		switch {
		case strings.TrimSpace(after) == "":
			rest = ""
		case after[0] == ',' || after[0] == ';':
			rest = strings.TrimPrefix(strings.TrimLeft(after[1:], " "), "and ")
		case strings.HasPrefix(after, "and "):
			rest = after[len("and "):]
		default:
			return line, false
		}
	}
	if len(items) < 2 {
		return line, false
	}
	out := strings.Join(items, ". ") + "."
	if lead != "" {
		out = lead + ". " + out
	}
	return out, true
}
