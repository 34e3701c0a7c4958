package bot

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestBuildDigest(t *testing.T) {
	now := time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC)
	answers := [][]Answer{
		{
			{Country: "Peru", Text: "Peru has noted the difficulty of attribution.", Sources: []string{"000"}, Key: "k-peru"},
			{Country: "Estonia", Text: "Estonia attributes publicly.", Sources: []string{"001", "003"}, Key: "k-est"},
		},
		{},
	}
	tests := []struct {
		name     string
		previous map[string]bool
		wantNew  map[string]bool
	}{
		{"no previous digest marks nothing", nil, map[string]bool{}},
		{"key missing from the previous corpus is new", map[string]bool{"k-est": true}, map[string]bool{"Peru": true}},
		{"all seen before", map[string]bool{"k-est": true, "k-peru": true}, map[string]bool{}},
		{"empty previous corpus marks all", map[string]bool{}, map[string]bool{"Peru": true, "Estonia": true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := BuildDigest("weekly", "v1", now, []string{"attribution", "sovereignty"}, answers, tc.previous)
			if d.Name != "weekly" || d.CorpusVersion != "v1" || !d.Generated.Equal(now) || len(d.Themes) != 2 {
				t.Fatalf("digest header wrong: %+v", d)
			}
			es := d.Themes[0].Entries
			if len(es) != 2 || es[0].Country != "Estonia" || es[1].Country != "Peru" {
				t.Fatalf("entries not sorted by country: %+v", es)
			}
			for _, e := range es {
				if e.New != tc.wantNew[e.Country] {
					t.Errorf("%s: New = %v, want %v", e.Country, e.New, tc.wantNew[e.Country])
				}
			}
			if d.Themes[1].Entries == nil || len(d.Themes[1].Entries) != 0 {
				t.Errorf("empty theme should have an empty, non-nil entry list: %#v", d.Themes[1].Entries)
			}
		})
	}
}

func TestDigestSummary(t *testing.T) {
	now := time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC)
	tests := []struct {
		answers  [][]Answer
		previous map[string]bool
		want     string
	}{
		{[][]Answer{{{Country: "Peru", Key: "k"}}, nil}, map[string]bool{}, "1 statement on attribution; 1 new since the last digest; nothing in the corpus on sovereignty."},
		{[][]Answer{{{Country: "Peru", Key: "k"}, {Country: "Cuba", Key: "c"}}, {{Country: "Peru", Key: "s"}}}, nil, "3 statements on attribution, sovereignty."},
		{[][]Answer{nil, nil}, nil, "nothing in the corpus on attribution, sovereignty."},
	}
	for _, tc := range tests {
		d := BuildDigest("w", "v", now, []string{"attribution", "sovereignty"}, tc.answers, tc.previous)
		r := DigestReply("digest attribution sovereignty", d)
		if r.Message != tc.want {
			t.Errorf("Message = %q, want %q", r.Message, tc.want)
		}
		if r.Intent != IntentDigest || r.Digest == nil || len(r.Themes) != 2 || r.Answers == nil {
			t.Errorf("DigestReply = %+v", r)
		}
	}
}

func TestParseThemesWithTheRealLexicon(t *testing.T) {
	b := seedBot(t)
	tests := []struct {
		in   string
		want string // joined by "|"; "!" + word for an unknown theme
	}{
		{"attribution", "attribution"},
		{"due diligence", "due diligence"},
		{"attribution due diligence", "attribution|due diligence"},
		{"attribution countermeasures", "attribution|countermeasures"},
		{"use of force, sovereignty", "use of force|sovereignty"},
		{"weaponization and attribution", "militarisation|attribution"},
		{"attribution blah", "!blah"},
		{"of attribution and the use of force", "attribution|use of force"},
		{"and", "!no theme given"},
	}
	for _, tc := range tests {
		got, err := ParseThemes(b, strings.Fields(tc.in))
		var s string
		var ut *UnknownThemeError
		if errors.As(err, &ut) {
			s = "!" + ut.Theme
		} else if err != nil {
			s = "!" + err.Error()
		} else {
			s = strings.Join(got, "|")
		}
		if s != tc.want {
			t.Errorf("ParseThemes(%q) = %q, want %q", tc.in, s, tc.want)
		}
	}
}

func TestBotDigestOnTheSeeds(t *testing.T) {
	b := seedBot(t)
	c := b.Corpus()
	keys := map[string]bool{}
	for _, s := range c.Statements() {
		keys[s.Key] = true
	}
	d, used, err := b.Digest("weekly", []string{"attribution", "due diligence", "countermeasures"}, nil, nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if used != c || d.CorpusVersion != c.Version || len(d.Themes) != 3 {
		t.Fatalf("digest = %+v", d)
	}
	for _, th := range d.Themes[:2] {
		if len(th.Entries) == 0 {
			t.Errorf("%s: no entries on the seeds", th.Theme)
		}
		for i, e := range th.Entries {
			if !keys[e.Key] || len(e.Sources) == 0 || e.New {
				t.Errorf("%s: entry %+v lacks a corpus key or sources, or is new without a previous digest", th.Theme, e)
			}
			if i > 0 && th.Entries[i-1].Country > e.Country {
				t.Errorf("%s: not sorted by country", th.Theme)
			}
		}
	}
	if len(d.Themes[2].Entries) != 0 {
		t.Errorf("countermeasures should be empty on the seeds: %+v", d.Themes[2].Entries)
	}
	// A country filter, and errors for unknown names.
	d, _, err = b.Digest("", []string{"due diligence"}, []string{"peru"}, nil, time.Now())
	if err != nil || len(d.Themes[0].Entries) != 1 || d.Themes[0].Entries[0].Country != "Peru" {
		t.Errorf("filtered digest = %+v, %v", d, err)
	}
	var uc *UnknownCountryError
	if _, _, err := b.Digest("", []string{"attribution"}, []string{"Atlantis"}, nil, time.Now()); !errors.As(err, &uc) {
		t.Errorf("unknown country: %v", err)
	}
	var ut *UnknownThemeError
	if _, _, err := b.Digest("", []string{"astrology"}, nil, nil, time.Now()); !errors.As(err, &ut) || len(ut.Known) == 0 {
		t.Errorf("unknown theme: %v", err)
	}
}

// A digest's title and keys, as votes on it store them.
func TestDigestTitleAndKeys(t *testing.T) {
	for _, tc := range []struct {
		d     Digest
		title string
		keys  string
	}{
		{Digest{}, "digest", ""},
		{Digest{Name: "weekly", Themes: []DigestTheme{{Theme: "attribution", Entries: []DigestEntry{{Key: "a1"}, {Key: ""}, {Key: "a2"}}}, {Theme: "norms"}}},
			"digest weekly: attribution, norms", "a1,a2"},
		{Digest{Themes: []DigestTheme{{Theme: "ransomware", Entries: []DigestEntry{{Key: "r9"}}}}}, "digest: ransomware", "r9"},
	} {
		if got := tc.d.Title(); got != tc.title {
			t.Errorf("Title() = %q, want %q", got, tc.title)
		}
		if got := strings.Join(tc.d.Keys(), ","); got != tc.keys {
			t.Errorf("Keys() = %q, want %q", got, tc.keys)
		}
	}
}
