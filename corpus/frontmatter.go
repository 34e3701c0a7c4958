package corpus

import (
	"bytes"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxFrontMatterBytes bounds a front-matter block; metadata for one source
// is a few lines, so anything longer is a file that merely starts with "---".
const maxFrontMatterBytes = 8 << 10

// frontMatterKeys are the fields a .txt file's front matter may set (the
// columns of sources.tsv but id: a file's ID is its path).
var frontMatterKeys = []string{"title", "url", "publisher", "date", "language"}

// splitFrontMatter separates a YAML front-matter block from the text of a
// corpus file: a first line "---", YAML lines, and a closing "---" (or
// "..."). It returns the text after the block, the metadata (nil when
// there is no block) and warnings "line N: ...". A block that is not
// closed, too long, or not a mapping of plain values is reported and its
// lines are still removed only when it was closed, so front matter is
// never read as a statement. text has LF line endings and no BOM.
//
// The YAML is parsed into a node tree and read node by node: anchors and
// aliases are refused outright (a small block could otherwise expand into
// a huge one, see TestFrontMatterRefusesAliases), and only scalar values
// of the known keys are taken.
func splitFrontMatter(text []byte) (body []byte, meta *Source, warns []string) {
	first, rest, ok := bytes.Cut(text, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, " \t")) != "---" {
		return text, nil, nil
	}
	var block []byte
	lines := 1
	closed := false
	for len(rest) > 0 {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		lines++
		if t := string(bytes.TrimRight(line, " \t")); t == "---" || t == "..." {
			closed = true
			break
		}
		if len(block)+len(line) > maxFrontMatterBytes {
			break
		}
		block = append(append(block, line...), '\n')
	}
	if !closed {
		return text, nil, []string{fmt.Sprintf("line 1: front matter (\"---\") is not closed by a \"---\" line within %d bytes; the file is read as text", maxFrontMatterBytes)}
	}
	s, ws := parseFrontMatter(block)
	return rest, s, ws
}

// parseFrontMatter reads the YAML between the "---" lines. Line numbers in
// warnings count from the file's first line (the opening "---").
func parseFrontMatter(block []byte) (*Source, []string) {
	var warns []string
	warn := func(line int, format string, args ...any) {
		warns = append(warns, fmt.Sprintf("line %d: front matter: ", line+1)+fmt.Sprintf(format, args...))
	}
	s := &Source{}
	if len(bytes.TrimSpace(block)) == 0 {
		return s, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(block, &doc); err != nil {
		warns = append(warns, fmt.Sprintf("front matter is not valid YAML (%s); ignored", strings.TrimPrefix(err.Error(), "yaml: ")))
		return nil, warns
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return s, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		warn(root.Line, "want key: value lines (%s); ignored", strings.Join(frontMatterKeys, ", "))
		return nil, warns
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Anchor != "" || v.Anchor != "" || v.Kind == yaml.AliasNode || k.Kind == yaml.AliasNode {
			warn(k.Line, "anchors, aliases and complex keys are not allowed; entry ignored")
			continue
		}
		key := strings.ToLower(k.Value)
		if v.Kind != yaml.ScalarNode {
			warn(v.Line, "%s: want a single value; ignored", key)
			continue
		}
		if seen[key] {
			warn(k.Line, "%s: repeated; the first is used", key)
			continue
		}
		seen[key] = true
		val := strings.TrimSpace(v.Value)
		if v.Tag == "!!null" {
			val = ""
		}
		if !validText(val) {
			warn(v.Line, "%s: not plain text; ignored", key)
			continue
		}
		switch key {
		case "title":
			s.Title = val
		case "publisher":
			s.Publisher = val
		case "language":
			s.Language = val
		case "url":
			if val == "" {
				break
			}
			if err := checkURL(val); err != nil {
				warn(v.Line, "%v; URL left empty", err)
				break
			}
			s.URL = val
		case "date":
			if val == "" {
				break
			}
			d, err := ParseDate(val)
			if err != nil {
				warn(v.Line, "%v; date left empty", err)
				break
			}
			s.Date = d
		case "id":
			warn(k.Line, "id: a file's source ID is its path and cannot be set; ignored")
		default:
			warn(k.Line, "unknown key %q ignored (keys: %s)", k.Value, strings.Join(frontMatterKeys, ", "))
		}
	}
	return s, warns
}
