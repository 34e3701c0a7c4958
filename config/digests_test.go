package config

import (
	"strings"
	"testing"
)

func TestDigestValidate(t *testing.T) {
	known := func(set ...string) func(string) bool {
		return func(s string) bool {
			for _, k := range set {
				if k == s {
					return true
				}
			}
			return false
		}
	}
	themes := known("attribution", "due diligence", "sovereignty")
	countries := known("France", "Peru")
	good := Digest{Name: "weekly-norms", Cron: "0 9 * * MON", Timezone: "Europe/Brussels",
		Themes: []string{"attribution", "due diligence"}, Targets: []string{"slack:C0123ABCD", "matrix:!abc:example.org"}}
	tests := []struct {
		name string
		edit func(d *Digest)
		want []string // substrings of the error; none: valid
	}{
		{"valid", func(d *Digest) {}, nil},
		{"shorthand and country filter", func(d *Digest) { d.Cron = "weekly"; d.Countries = []string{"Peru"}; d.Grace = "30m" }, nil},
		{"bad cron", func(d *Digest) { d.Cron = "0 9 * MON" }, []string{"cron: cron \"0 9 * MON\": want 5 fields"}},
		{"bad timezone", func(d *Digest) { d.Timezone = "Europe/Bruxelles" }, []string{"timezone: time zone \"Europe/Bruxelles\""}},
		{"unknown theme", func(d *Digest) { d.Themes = []string{"attribution", "cyberwar"} }, []string{`themes[1]: unknown theme "cyberwar"`}},
		{"no themes", func(d *Digest) { d.Themes = nil }, []string{"themes: at least one"}},
		{"unknown country", func(d *Digest) { d.Countries = []string{"Atlantis"} }, []string{`countries[0]: unknown country "Atlantis"`}},
		{"channel name instead of ID", func(d *Digest) { d.Targets = []string{"slack:#cyber-norms"} }, []string{"targets[0]", "channel ID"}},
		{"matrix alias", func(d *Digest) { d.Targets = []string{"matrix:#room:example.org"} }, []string{"targets[0]", "room ID"}},
		{"unknown platform", func(d *Digest) { d.Targets = []string{"irc:#x"} }, []string{`unknown platform "irc"`}},
		{"no target", func(d *Digest) { d.Targets = nil }, []string{"targets: at least one"}},
		{"duplicate target", func(d *Digest) { d.Targets = []string{"slack:C1", "slack:C1"} }, []string{"targets[1]", "twice"}},
		{"no name", func(d *Digest) { d.Name = "" }, []string{"name: required"}},
		{"bad grace", func(d *Digest) { d.Grace = "an hour" }, []string{"grace: \"an hour\""}},
		{"several problems at once", func(d *Digest) { d.Cron = "nope"; d.Targets = nil }, []string{"cron:", "targets:"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := good
			d.Themes = append([]string(nil), good.Themes...)
			tc.edit(&d)
			err := d.Validate(themes, countries)
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestValidateDigestsNamesTheEntry(t *testing.T) {
	ds := []Digest{
		{Name: "weekly-norms", Cron: "0 9 * * MON", Timezone: "Europe/Brussels", Themes: []string{"attribution"}, Targets: []string{"slack:C1"}},
		{Name: "daily", Cron: "0 25 * * *", Themes: []string{"attribution"}, Targets: []string{"slack:C1"}},
		{Name: "weekly-norms", Cron: "daily", Themes: []string{"attribution"}, Targets: []string{"slack:C2"}},
	}
	err := ValidateDigests(ds, nil, nil)
	if err == nil {
		t.Fatal("no error")
	}
	for _, w := range []string{`digests[1] "daily": cron:`, `digests[2] "weekly-norms": name: already used by digests[0]`} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
	if strings.Contains(err.Error(), `digests[0] "weekly-norms":`) {
		t.Errorf("valid entry reported: %v", err)
	}
	if err := ValidateDigests(ds[:1], nil, nil); err != nil {
		t.Errorf("valid list: %v", err)
	}
	if tg, err := ds[0].ParsedTargets(); err != nil || len(tg) != 1 || tg[0].Room != "C1" {
		t.Errorf("ParsedTargets = %v, %v", tg, err)
	}
}

func TestSubscriptionsValidate(t *testing.T) {
	tests := []struct {
		name string
		s    Subscriptions
		want string
	}{
		{"zero value is valid", Subscriptions{}, ""},
		{"admins", Subscriptions{Who: "admins", Admins: map[string][]string{"slack": {"U1"}}, DefaultTimezone: "Europe/Brussels", MinInterval: "6h", Grace: "2h"}, ""},
		{"admins without any", Subscriptions{Who: "admins"}, "subscriptions.who: admins, but no admin is listed"},
		{"bad who", Subscriptions{Who: "nobody"}, `subscriptions.who: "nobody"`},
		{"bad platform", Subscriptions{Admins: map[string][]string{"irc": {"x"}}}, "subscriptions.admins.irc"},
		{"bad zone", Subscriptions{DefaultTimezone: "CEST"}, "subscriptions.default_timezone"},
		{"bad interval", Subscriptions{MinInterval: "daily"}, "subscriptions.min_interval"},
		{"negative max", Subscriptions{MaxPerRoom: -1}, "subscriptions.max_per_room"},
	}
	for _, tc := range tests {
		err := tc.s.Validate()
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s: Validate() = %v, want %q", tc.name, err, tc.want)
		}
	}
	if !(Subscriptions{}).On() || !(Subscriptions{}).Everyone() {
		t.Error("defaults: subscriptions on, everyone")
	}
}

func TestParseReportsDigestErrorsAtTheirLines(t *testing.T) {
	doc := `digests:
  - name: weekly-norms
    cron: "0 9 * * MON"
    timezone: Europe/Brussels
    themes: [attribution, due diligence]
    targets: [slack:C0123ABCD, "matrix:!cybernorms:example.org"]
  - name: broken
    cron: "0 9 * MON"
    timezone: Europe/Bruxelles
    themes: []
    targets: ["slack:#cyber-norms"]
    grace: soon
subscriptions:
  who: admins
  default_timezone: Mars/Olympus
`
	_, err := Parse("config.yaml", []byte(doc), func(string) (string, bool) { return "", false })
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		`config.yaml:9: digests[1].timezone: digest "broken": time zone "Europe/Bruxelles"`,
		`config.yaml:10: digests[1].themes: digest "broken": at least one theme is required`,
		`config.yaml:11: digests[1].targets[0]: digest "broken": target "slack:#cyber-norms"`,
		`config.yaml:12: digests[1].grace: digest "broken": "soon"`,
		`config.yaml:14: subscriptions.who: admins, but no admin is listed under admins`,
		`config.yaml:15: subscriptions.default_timezone: time zone "Mars/Olympus"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), "digests[0]") {
		t.Errorf("the valid digest was reported:\n%v", err)
	}

	cfg, err := Parse("config.yaml", []byte(strings.Join(strings.Split(doc, "\n")[:6], "\n")+"\n"), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatalf("valid weekly digest: %v", err)
	}
	if len(cfg.Digests) != 1 || cfg.Digests[0].Themes[1] != "due diligence" || cfg.Digests[0].Targets[1] != "matrix:!cybernorms:example.org" {
		t.Errorf("decoded %+v", cfg.Digests)
	}
}
