package config

import (
	"strings"
	"testing"
	"time"
)

// digestDoc is a valid configuration with Slack and Matrix on; entry is
// the YAML of one digest (indented as a list item under digests:).
func digestDoc(entry string) string {
	return "slack:\n  bot_token: ${SLACK_BOT_TOKEN}\n  app_token: ${SLACK_APP_TOKEN}\n" +
		"matrix:\n  homeserver: https://matrix.example.org\n  user_id: \"@bot:example.org\"\n  access_token: ${MATRIX_TOKEN}\n" +
		"digests:\n" + entry
}

var digestEnv = env(map[string]string{"SLACK_BOT_TOKEN": "xoxb-test-bot-token", "SLACK_APP_TOKEN": "xapp-test-app-token", "MATRIX_TOKEN": "syt_token"})

func TestDigestProblems(t *testing.T) {
	good := map[string]string{"name": "weekly-norms", "cron": `"0 9 * * MON"`, "timezone": "Europe/Brussels",
		"themes": "[attribution, due diligence]", "targets": `[slack:C0123ABCD, "matrix:!abc:example.org"]`}
	order := []string{"name", "cron", "timezone", "themes", "countries", "targets", "grace"}
	entry := func(edit map[string]string) string {
		var sb strings.Builder
		first := true
		for _, k := range order {
			v, ok := edit[k]
			if !ok {
				v, ok = good[k]
			}
			if !ok || v == "-" {
				continue
			}
			if first {
				sb.WriteString("  - ")
				first = false
			} else {
				sb.WriteString("    ")
			}
			sb.WriteString(k + ": " + v + "\n")
		}
		return sb.String()
	}
	tests := []struct {
		name string
		edit map[string]string
		want []string // substrings of the error; none: valid
	}{
		{"valid", nil, nil},
		{"shorthand and country filter", map[string]string{"cron": "weekly", "countries": "[Peru]", "grace": "30m"}, nil},
		{"bad cron", map[string]string{"cron": `"0 9 * MON"`}, []string{`digests[0].cron: digest "weekly-norms": cron "0 9 * MON": want 5 fields`}},
		{"bad timezone", map[string]string{"timezone": "Europe/Bruxelles"}, []string{`timezone: digest "weekly-norms": time zone "Europe/Bruxelles"`}},
		{"no themes", map[string]string{"themes": "[]"}, []string{"themes: digest \"weekly-norms\": at least one"}},
		{"channel name instead of ID", map[string]string{"targets": `["slack:#cyber-norms"]`}, []string{"targets[0]", "channel ID"}},
		{"matrix alias", map[string]string{"targets": `["matrix:#room:example.org"]`}, []string{"targets[0]", "room ID"}},
		{"unknown platform", map[string]string{"targets": `["irc:#x"]`}, []string{`unknown platform "irc"`}},
		{"no target", map[string]string{"targets": "-"}, []string{"targets: digest \"weekly-norms\": at least one"}},
		{"duplicate target", map[string]string{"targets": "[slack:C1, slack:C1]"}, []string{"targets[1]", "twice"}},
		{"no name", map[string]string{"name": "-"}, []string{"name: required"}},
		{"bad grace", map[string]string{"grace": "an hour"}, []string{"digests[0].grace:", "an hour"}},
		{"negative grace", map[string]string{"grace": "-1h"}, []string{"digests[0].grace:", "must not be negative"}},
		{"several problems at once", map[string]string{"cron": "nope", "targets": "-"}, []string{"cron:", "targets:"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("config.yaml", []byte(digestDoc(entry(tc.edit))), digestEnv)
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

func TestDigestNamesAreUnique(t *testing.T) {
	doc := digestDoc(`  - name: weekly-norms
    cron: "0 9 * * MON"
    themes: [attribution]
    targets: [slack:C1]
  - name: weekly-norms
    cron: daily
    themes: [attribution]
    targets: [slack:C2]
`)
	_, err := Parse("config.yaml", []byte(doc), digestEnv)
	if err == nil || !strings.Contains(err.Error(), `config.yaml:13: digests[1].name: "weekly-norms" is already the name of digests[0]`) {
		t.Fatalf("Parse = %v", err)
	}
}

// TestDigestTargetOnAPlatformThatDoesNotRun: a target on a disabled or
// absent platform is a config error at the target's line, and a disabled
// Slack section needs no tokens.
func TestDigestTargetOnAPlatformThatDoesNotRun(t *testing.T) {
	entry := "digests:\n  - name: norms\n    cron: weekly\n    themes: [attribution]\n    targets: [slack:C1, \"matrix:!r:example.org\"]\n"
	tests := []struct {
		name, doc string
		want      []string
	}{
		{"slack disabled, no tokens", "slack:\n  enabled: false\n" + entry,
			[]string{`config.yaml:7: digests[0].targets[0]: digest "norms": target slack:C1: slack.enabled is false`,
				`digests[0].targets[1]: digest "norms": target matrix:!r:example.org: there is no matrix section`}},
		{"no sections", entry, []string{"digests[0].targets[0]: digest \"norms\": target slack:C1: there is no slack section"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("config.yaml", []byte(tc.doc), env(nil))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "token") {
				t.Errorf("a disabled or absent Slack section asked for tokens: %v", err)
			}
		})
	}
	cfg, err := Parse("config.yaml", []byte("slack:\n  enabled: false\n"), env(nil))
	if err != nil || cfg.Slack.On() {
		t.Fatalf("slack.enabled: false without tokens = %+v, %v", cfg, err)
	}
}

func TestSubscriptionsProblems(t *testing.T) {
	tests := []struct {
		name, doc string
		want      string
	}{
		{"zero value is valid", "subscriptions: {}\n", ""},
		{"admins", "subscriptions:\n  who: admins\n  admins: {slack: [U1]}\n  default_timezone: Europe/Brussels\n  min_interval: 6h\n  grace: 2h\n", ""},
		{"admins without any", "subscriptions:\n  who: admins\n", "config.yaml:2: subscriptions.who: admins, but no admin is listed"},
		{"bad who", "subscriptions:\n  who: nobody\n", `subscriptions.who: "nobody"`},
		{"bad platform", "subscriptions:\n  admins: {irc: [x]}\n", "subscriptions.admins.irc"},
		{"bad zone", "subscriptions:\n  default_timezone: CEST\n", "subscriptions.default_timezone"},
		{"bad interval", "subscriptions:\n  min_interval: daily\n", "config.yaml:2: subscriptions.min_interval"},
		{"negative interval", "subscriptions:\n  min_interval: -1h\n", "subscriptions.min_interval: -1h0m0s: must not be negative"},
		{"negative max", "subscriptions:\n  max_per_room: -1\n", "subscriptions.max_per_room"},
	}
	for _, tc := range tests {
		cfg, err := Parse("config.yaml", []byte(tc.doc), env(nil))
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s: Parse = %v, want %q", tc.name, err, tc.want)
		}
		if tc.name == "admins" && err == nil && (cfg.Subscriptions.MinInterval != 6*time.Hour || cfg.Subscriptions.Grace != 2*time.Hour) {
			t.Errorf("durations decoded as %+v", cfg.Subscriptions)
		}
	}
	if !(Subscriptions{}).On() || !(Subscriptions{}).Everyone() {
		t.Error("defaults: subscriptions on, everyone")
	}
}

func TestParseReportsDigestErrorsAtTheirLines(t *testing.T) {
	doc := digestDoc(`  - name: weekly-norms
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
`)
	_, err := Parse("config.yaml", []byte(doc), digestEnv)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		`config.yaml:16: digests[1].timezone: digest "broken": time zone "Europe/Bruxelles"`,
		`config.yaml:17: digests[1].themes: digest "broken": at least one theme is required`,
		`config.yaml:18: digests[1].targets[0]: digest "broken": target "slack:#cyber-norms"`,
		`config.yaml:19: digests[1].grace: "soon": want a duration such as 30m or 2h`,
		`config.yaml:21: subscriptions.who: admins, but no admin is listed under admins`,
		`config.yaml:22: subscriptions.default_timezone: time zone "Mars/Olympus"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), "digests[0]") {
		t.Errorf("the valid digest was reported:\n%v", err)
	}

	cfg, err := Parse("config.yaml", []byte(strings.Join(strings.Split(doc, "\n")[:13], "\n")+"\n"), digestEnv)
	if err != nil {
		t.Fatalf("valid weekly digest: %v", err)
	}
	if len(cfg.Digests) != 1 || cfg.Digests[0].Themes[1] != "due diligence" || cfg.Digests[0].Targets[1] != "matrix:!cybernorms:example.org" {
		t.Errorf("decoded %+v", cfg.Digests)
	}
}
