package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// SourcesFile is the name of the optional citation table at the root of
// a corpus directory.
const SourcesFile = "sources.tsv"

// maxSourcesBytes bounds sources.tsv; a larger file is skipped with a warning.
const maxSourcesBytes = 16 << 20

// Source is what a citation says about one source file: its ID (always
// set) and whatever metadata sources.tsv or the file's front matter gave.
type Source struct {
	ID        string
	Title     string
	URL       string // absolute http(s) URL, or empty
	Publisher string
	Date      Date // zero: undated
	Language  string
}

// Date is an ISO 8601 calendar date at the precision it was written
// with: a year (Month and Day 0), a month (Day 0) or a day.
type Date struct{ Year, Month, Day int }

// ParseDate reads "2021", "2021-03" or "2021-03-04". Surrounding space is
// ignored; anything else (other formats, impossible days) is an error.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	layout := ""
	switch len(s) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = "2006-01-02"
	}
	if layout == "" || s[0] < '0' || s[0] > '9' {
		return Date{}, fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	d := Date{Year: t.Year()}
	if len(s) >= 7 {
		d.Month = int(t.Month())
	}
	if len(s) == 10 {
		d.Day = t.Day()
	}
	return d, nil
}

// IsZero reports an undated source.
func (d Date) IsZero() bool { return d.Year == 0 }

// String writes the date at its own precision ("" when zero).
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Compare orders dates by the first day they cover; at the same first day
// the coarser date comes first ("2021" < "2021-01" < "2021-01-01").
func (d Date) Compare(o Date) int {
	for _, p := range [][2]int{{d.Year, o.Year}, {d.Month, o.Month}, {d.Day, o.Day}} {
		if p[0] != p[1] {
			if p[0] < p[1] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// Start is the first day the date covers.
func (d Date) Start() time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// End is the last day the date covers.
func (d Date) End() time.Time {
	switch {
	case d.Month == 0:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.Start()
}

// checkURL accepts absolute http and https URLs with a host: what a reader
// can follow. Anything else (relative paths, javascript:, mailto:) is refused.
func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("URL %q: %v", s, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("URL %q is not an absolute http(s) URL", s)
	}
	if strings.ContainsAny(s, " <>\"|`") {
		return fmt.Errorf("URL %q contains characters a link cannot hold", s)
	}
	return nil
}

// sourceColumns are the columns sources.tsv may have, in the documented order.
var sourceColumns = []string{"id", "title", "url", "publisher", "date", "language"}

// ParseSourcesTSV reads a sources.tsv table: a header line naming its
// columns (id required; title, url, publisher, date, language optional, in
// any order), then one line per source. known reports whether a source ID
// exists in the corpus. Lines that cannot be used are reported as warnings
// naming the file and line, never as an error: a source without a usable
// line is cited by its ID alone. Blank lines and lines starting with "#"
// are skipped. A bad date or URL drops that field and keeps the rest.
//
// The format is IANA text/tab-separated-values: fields are split on tabs
// and never quoted. encoding/csv is not used because it would read a title
// that begins with a quotation mark as a quoted field and fail on it
// (TestParseSourcesTSVQuotesAreText).
func ParseSourcesTSV(data []byte, file string, known func(id string) bool) (map[string]Source, []Warning) {
	var warns []Warning
	warn := func(line int, format string, args ...any) {
		warns = append(warns, Warning{File: file, Msg: fmt.Sprintf("line %d: ", line) + fmt.Sprintf(format, args...)})
	}
	out := map[string]Source{}
	firstLine := map[string]int{}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var cols []int // column index → position in sourceColumns, -1 unknown
	lineNo := 0
	for len(data) > 0 {
		lineNo++
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.TrimSpace(line)) == 0 || line[0] == '#' {
			continue
		}
		fields := strings.Split(string(line), "\t")
		if cols == nil {
			cols = make([]int, len(fields))
			hasID := false
			for i, f := range fields {
				name := strings.ToLower(strings.TrimSpace(f))
				cols[i] = slices.Index(sourceColumns, name)
				switch {
				case cols[i] < 0:
					warn(lineNo, "unknown column %q ignored (columns: %s)", f, strings.Join(sourceColumns, ", "))
				case slices.Index(cols[:i], cols[i]) >= 0:
					warn(lineNo, "column %q repeated; the first is used", name)
					cols[i] = -1
				case name == "id":
					hasID = true
				}
			}
			if !hasID {
				warn(lineNo, "the header has no id column (want: %s); the file is ignored", strings.Join(sourceColumns, "\t"))
				return map[string]Source{}, warns
			}
			continue
		}
		if len(fields) > len(cols) {
			warn(lineNo, "%d fields, the header has %d; line ignored", len(fields), len(cols))
			continue
		}
		var s Source
		var rawDate, rawURL string
		for i, f := range fields {
			if cols[i] < 0 {
				continue
			}
			f = strings.TrimSpace(f)
			if !validText(f) {
				warn(lineNo, "column %s is not valid UTF-8 text; left empty", sourceColumns[cols[i]])
				continue
			}
			switch sourceColumns[cols[i]] {
			case "id":
				s.ID = f
			case "title":
				s.Title = f
			case "url":
				rawURL = f
			case "publisher":
				s.Publisher = f
			case "date":
				rawDate = f
			case "language":
				s.Language = f
			}
		}
		if s.ID == "" {
			warn(lineNo, "no source ID; line ignored")
			continue
		}
		if !known(s.ID) {
			warn(lineNo, "unknown source ID %q (no file %s.txt in the corpus); line ignored", s.ID, s.ID)
			continue
		}
		if first, dup := firstLine[s.ID]; dup {
			warn(lineNo, "source ID %q already described on line %d; line ignored", s.ID, first)
			continue
		}
		if rawDate != "" {
			d, err := ParseDate(rawDate)
			if err != nil {
				warn(lineNo, "source %s: %v; date left empty", s.ID, err)
			}
			s.Date = d
		}
		if rawURL != "" {
			if err := checkURL(rawURL); err != nil {
				warn(lineNo, "source %s: %v; URL left empty", s.ID, err)
			} else {
				s.URL = rawURL
			}
		}
		firstLine[s.ID] = lineNo
		out[s.ID] = s
	}
	return out, warns
}

// validText refuses invalid UTF-8 and control characters in a field.
func validText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	return !strings.ContainsFunc(s, unicode.IsControl)
}

// sourcesTable is SourcesFile as read once at the start of a load: its
// bytes, parsed twice — for the holders its titles name while files are
// parsed (titles), and for citations once every file is known (rows) —
// or the warning that it could not be read.
type sourcesTable struct {
	data []byte
	warn *Warning
}

// readSources reads SourcesFile at the root of fsys, if there is one.
func readSources(fsys fs.FS) sourcesTable {
	f, _, err := openRegular(fsys, SourcesFile)
	if errors.Is(err, fs.ErrNotExist) {
		return sourcesTable{}
	}
	if err != nil {
		return sourcesTable{warn: &Warning{File: SourcesFile, Msg: fmt.Sprintf("skipped: %v", err)}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSourcesBytes+1))
	if err != nil {
		return sourcesTable{warn: &Warning{File: SourcesFile, Msg: fmt.Sprintf("skipped: %v", err)}}
	}
	if len(data) > maxSourcesBytes {
		return sourcesTable{warn: &Warning{File: SourcesFile, Msg: fmt.Sprintf("skipped: over the %d-byte limit", maxSourcesBytes)}}
	}
	return sourcesTable{data: data}
}

// rows parses the table for citations; known reports whether a source ID
// exists in the corpus.
func (t sourcesTable) rows(known func(string) bool) (map[string]Source, []Warning) {
	if t.warn != nil {
		return nil, []Warning{*t.warn}
	}
	if t.data == nil {
		return nil, nil
	}
	return ParseSourcesTSV(t.data, SourcesFile, known)
}

// titles returns, by source ID, what may name a page's holder: the title
// and the publisher ("Statement by Nepal at the OEWG", "Permanent Mission
// of Nepal"). A page's title names its holder whether it comes from front
// matter or from sources.tsv, whose fields win over front matter.
func (t sourcesTable) titles() map[string][]string {
	if t.data == nil {
		return nil
	}
	rows, _ := ParseSourcesTSV(t.data, SourcesFile, func(string) bool { return true })
	out := make(map[string][]string, len(rows))
	for id, s := range rows {
		for _, x := range []string{s.Title, s.Publisher} {
			if x != "" {
				out[id] = append(out[id], x)
			}
		}
	}
	return out
}

// applySources reads the sources' metadata: meta holds the front matter
// of the files that had any (by file index, in any order); sources.tsv
// fills in, and its non-empty fields win over front matter. It needs no
// statement (Load runs it before the statements are stored, so that the
// files' names go first); applyDates then dates the statements.
func (c *Corpus) applySources(table sourcesTable, names fileNames, meta []fileMeta) {
	// The set of source IDs is built only when there is a sources.tsv to
	// check against it: as a map it was ~5 MB at 149,000 files, made at
	// the load's peak for a corpus with no such file.
	var ids map[string]bool
	tsv, warns := table.rows(func(id string) bool {
		if ids == nil {
			ids = make(map[string]bool, names.len())
			for f := range names.len() {
				ids[sourceID(names.at(f))] = true // views of the names: the map goes below
			}
		}
		return ids[id]
	})
	ids = nil
	c.Warnings = append(c.Warnings, warns...)
	c.meta = map[string]Source{}
	for _, m := range meta {
		s := *m.src
		s.ID = strings.Clone(sourceID(names.at(m.file))) // kept: not a view of every name
		c.meta[s.ID] = s
	}
	for id, t := range tsv {
		c.meta[id] = mergeSource(c.meta[id], t)
	}
}

// applyDates gives every statement the earliest date of its sources (see
// applySources, which must have run).
func (c *Corpus) applyDates() {
	if !c.HasDates() {
		// No source is dated: every statement keeps the zero Date the
		// store gave it, without reading each one's sources (0.02-0.06 s
		// of the load's serial tail at 100k statements).
		// TestApplyDatesUndated.
		return
	}
	c.applyEachDate()
}

// applyEachDate is applyDates for a corpus with dated sources.
func (c *Corpus) applyEachDate() {
	// Statements share source lists (interned by the store), so each
	// distinct list's earliest date is found once, by the list's index.
	// Citation lists are not kept: at 100k statements (~25 sources each)
	// they held as many bytes as the statement text; Citations builds one
	// when an answer needs it.
	s := &c.stmts
	dates := make([]Date, len(s.lists))
	known := make([]bool, len(s.lists))
	for i := range c.Len() {
		l := s.recs[i].src
		if l == 0 { // no sources
			continue
		}
		if !known[l] {
			var earliest Date
			for _, n := range s.listIdx(l) {
				if d := c.Source(s.srcNames[n]).Date; !d.IsZero() && (earliest.IsZero() || d.Compare(earliest) < 0) {
					earliest = d
				}
			}
			dates[l], known[l] = earliest, true
		}
		c.setDate(i, dates[l])
	}
}

// Citations describes every source of st, newest first, undated last,
// ties in source-ID order, from the corpus's source metadata (sources.tsv
// and front matter); a source without metadata is its ID alone. The list
// is built on each call and belongs to the caller. A nil Corpus (a
// statement made outside Load) cites the IDs alone.
func (c *Corpus) Citations(st *Statement) []Source {
	if len(st.Sources) == 0 {
		return nil
	}
	list := make([]Source, len(st.Sources))
	ordered := true // undated, in ID order so far: already newest first
	for k, id := range st.Sources {
		if c == nil {
			list[k] = Source{ID: id}
		} else {
			list[k] = c.Source(id)
		}
		if ordered && (!list[k].Date.IsZero() || k > 0 && list[k-1].ID >= id) {
			ordered = false
		}
	}
	if !ordered {
		// Sorting was half of building an answer's citations; most
		// statements' sources are undated and listed in ID order
		// (TestCitationsOrderedFastPath).
		slices.SortStableFunc(list, newestFirst)
	}
	return list
}

// newestFirst orders citations newest first, undated ones last, ties in
// source-ID order.
func newestFirst(a, b Source) int {
	switch {
	case a.Date.IsZero() != b.Date.IsZero():
		if a.Date.IsZero() {
			return 1
		}
		return -1
	}
	if n := b.Date.Compare(a.Date); n != 0 {
		return n
	}
	return strings.Compare(a.ID, b.ID)
}

// mergeSource overlays the non-empty fields of over on base.
func mergeSource(base, over Source) Source {
	base.ID = over.ID
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&base.Title, over.Title}, {&base.URL, over.URL}, {&base.Publisher, over.Publisher}, {&base.Language, over.Language},
	} {
		if f.src != "" {
			*f.dst = f.src
		}
	}
	if !over.Date.IsZero() {
		base.Date = over.Date
	}
	return base
}

// Source returns what is known about a source ID; a source without
// metadata has its ID alone.
func (c *Corpus) Source(id string) Source {
	if s, ok := c.meta[id]; ok {
		return s
	}
	return Source{ID: id}
}

// HasDates reports whether any source of the corpus is dated.
func (c *Corpus) HasDates() bool {
	for _, s := range c.meta {
		if !s.Date.IsZero() {
			return true
		}
	}
	return false
}

// hashSources adds the source metadata to the corpus version, so that
// editing sources.tsv alone makes a new version (and a reload).
func (c *Corpus) hashSources(h hash.Hash) {
	ids := make([]string, 0, len(c.meta))
	for id := range c.meta {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		s := c.meta[id]
		fmt.Fprintf(h, "%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, s.Title, s.URL, s.Publisher, s.Date, s.Language)
	}
}
