package slack

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"go.yaml.in/yaml/v3"

	"github.com/stancebot/stancebot/bot"
)

func answers(n int, prefix string) []bot.Answer {
	var out []bot.Answer
	for i := 0; i < n; i++ {
		out = append(out, bot.Answer{Country: fmt.Sprintf("%s %d", prefix, i), Text: "Statement.", Sources: []string{"src"}})
	}
	return out
}

func sectionTexts(t *testing.T, m message) []string {
	t.Helper()
	var out []string
	for _, b := range m.Blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			out = append(out, b.Text.Text)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				out = append(out, e.(*slack.TextBlockObject).Text)
			}
		}
	}
	return out
}

func TestRenderLimits(t *testing.T) {
	long := strings.Repeat("é long statement. ", 400) // > 3000 bytes
	tests := []struct {
		name      string
		reply     bot.Reply
		wantMore  string // "…and N more" expected, or ""
		wantTexts []string
	}{
		{"few answers", bot.Reply{Answers: answers(3, "A")}, "", []string{"*A 0*\n>Statement.", "Sources: `src`"}},
		{"many answers split", bot.Reply{Answers: answers(60, "A")}, "", []string{"*A 0*", "*A 59*"}},
		{"too many answers", bot.Reply{Answers: answers(100, "A")}, "…and 28 more", nil},
		{"related labelled", bot.Reply{Answers: answers(1, "A"), Related: answers(2, "R")}, "",
			[]string{"*Related statements by other countries*", "*R 1*\n>Statement."}},
		{"related split", bot.Reply{Answers: answers(20, "A"), Related: answers(20, "R")}, "", []string{"*Related statements by other countries*", "*R 19*"}},
		{"answers crowd out related", bot.Reply{Answers: answers(70, "A"), Related: answers(5, "R")}, "…and 4 more", nil},
		{"no answers", bot.Reply{Message: "Nothing on that; try `help`."}, "", []string{"Nothing on that; try `help`."}},
		{"empty reply", bot.Reply{}, "", []string{"I found no statement on that in the corpus."}},
		{"long statement", bot.Reply{Answers: []bot.Answer{{Country: "Peru", Text: long, Sources: []string{"a"}}}}, "", nil},
		{"long message", bot.Reply{Message: long + "\n" + long}, "", nil},
		// Spanish and French replies: labels in that language, statements
		// marked as quoted in English.
		{"spanish labels", bot.Reply{Lang: "es", Answers: answers(1, "A"), Related: answers(1, "R")}, "",
			[]string{"*A 0* · _declaración en inglés_\n>Statement.", "Fuentes: `src`", "*Declaraciones relacionadas de otros países*"}},
		{"french cut", bot.Reply{Lang: "fr", Answers: answers(100, "A")}, "…et 28 de plus", []string{"déclaration en anglais"}},
		{"french empty", bot.Reply{Lang: "fr"}, "", []string{"Je n'ai trouvé aucune déclaration à ce sujet dans le corpus."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := render(tt.reply)
			if len(msgs) == 0 || len(msgs) > maxParts {
				t.Fatalf("%d messages, want 1 to %d", len(msgs), maxParts)
			}
			var texts []string
			for _, m := range msgs {
				if len(m.Blocks) > maxBlocks || len(m.Blocks) == 0 {
					t.Errorf("%d blocks", len(m.Blocks))
				}
				if n := blocksText(m.Blocks); n > maxMessageText {
					t.Errorf("%d characters of block text, want ≤ %d", n, maxMessageText)
				}
				if m.Text == "" || len(m.Text) > maxFallback {
					t.Errorf("fallback text of %d bytes", len(m.Text))
				}
				texts = append(texts, sectionTexts(t, m)...)
			}
			m := msgs[0]
			all := strings.Join(texts, "\n")
			for _, s := range texts {
				if len(s) > maxSectionText || !utf8.ValidString(s) {
					t.Errorf("section text of %d bytes (valid UTF-8: %v)", len(s), utf8.ValidString(s))
				}
			}
			if tt.wantMore != "" && !strings.Contains(all, tt.wantMore) {
				t.Errorf("no %q in %q", tt.wantMore, all[max(0, len(all)-200):])
			}
			if tt.wantMore == "" && strings.Contains(all, "more_") {
				t.Errorf("unexpected cut: %q", all)
			}
			for _, w := range tt.wantTexts {
				if !strings.Contains(all, w) {
					t.Errorf("no %q in %q", w, all)
				}
			}
			if _, err := json.Marshal(m.Blocks); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestRenderEscapes(t *testing.T) {
	r := bot.Reply{
		Message: "You asked about <@U123> & <!channel>",
		Answers: []bot.Answer{{Country: "A<b>", Text: "<!here> see <https://evil|click> & more", Sources: []string{"<x>"}}},
	}
	m := render(r)[0]
	all := strings.Join(sectionTexts(t, m), "\n") + m.Text
	for _, bad := range []string{"<!channel>", "<!here>", "<@U123>", "<https://evil", "<x>", "<b>"} {
		if strings.Contains(all, bad) {
			t.Errorf("unescaped %q in %q", bad, all)
		}
	}
	for _, good := range []string{"&lt;!channel&gt;", "&amp; more", "`&lt;x&gt;`", "*A&lt;b&gt;*"} {
		if !strings.Contains(all, good) {
			t.Errorf("no %q in %q", good, all)
		}
	}
	for _, b := range m.Blocks {
		if s, ok := b.(*slack.SectionBlock); ok && !s.Text.Verbatim {
			t.Error("section text must be verbatim so Slack does not auto-link or ping")
		}
	}
}

func TestRenderDigestSplits(t *testing.T) {
	d := &bot.Digest{Name: "weekly <all>", CorpusVersion: "abc"}
	total := 0
	for th := 0; th < 4; th++ {
		dt := bot.DigestTheme{Theme: fmt.Sprintf("theme %d", th)}
		for c := 0; c < 15; c++ {
			dt.Entries = append(dt.Entries, bot.DigestEntry{Country: fmt.Sprintf("C%d-%d", th, c), Text: "T.", Sources: []string{"s"}, New: c == 0})
			total++
		}
		d.Themes = append(d.Themes, dt)
	}
	d.Themes = append(d.Themes, bot.DigestTheme{Theme: "empty theme"})
	msgs := render(bot.Reply{Intent: bot.IntentDigest, Digest: d})
	if len(msgs) < 3 {
		t.Fatalf("%d messages, want the digest split", len(msgs))
	}
	var all []string
	for i, m := range msgs {
		if len(m.Blocks) > maxBlocks {
			t.Errorf("message %d has %d blocks", i, len(m.Blocks))
		}
		if want := fmt.Sprintf("Digest: weekly &lt;all&gt; (part %d of %d)", i+1, len(msgs)); m.Text != want {
			t.Errorf("text %q, want %q", m.Text, want)
		}
		all = append(all, sectionTexts(t, m)...)
	}
	joined := strings.Join(all, "\n")
	if got := strings.Count(joined, "\n>T."); got != total {
		t.Errorf("%d entries rendered, want %d: nothing may be cut from a digest", got, total)
	}
	for _, w := range []string{"(continued)", "_new_", "Nothing in the corpus on this theme yet.", "Corpus abc"} {
		if !strings.Contains(joined, w) {
			t.Errorf("no %q", w)
		}
	}
}

func TestQuestionText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@UBOT> what does Peru say on attribution?", "what does Peru say on attribution?"},
		{"<@UBOT|stancebot>   Peru", "Peru"},
		{"hey <@UBOT>, Peru &amp; Cuba &lt;norms&gt;", "hey , Peru & Cuba <norms>"},
		{"<@UOTHER|ana> asked about <#C1|general>", "@ana asked about #general"},
		{"<@UOTHER> <!here> <https://x.org|the site> <https://y.org>", "@UOTHER @here the site https://y.org"},
		{"<!subteam^S1|@team> hi", "@team hi"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := questionText(tt.in, "UBOT"); got != tt.want {
			t.Errorf("questionText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTruncateAndSplit(t *testing.T) {
	s := strings.Repeat("é", 10) // 20 bytes
	if got := truncate(s, 9); len(got) > 9 || !utf8.ValidString(got) || !strings.HasSuffix(got, "…") {
		t.Errorf("truncate = %q", got)
	}
	if got := truncate("short", 10); got != "short" {
		t.Errorf("truncate = %q", got)
	}
	parts := splitText("aaaa\nbbbb\ncccc", 9)
	if strings.Join(parts, "|") != "aaaa\nbbbb|cccc" {
		t.Errorf("split = %q", parts)
	}
	for _, p := range splitText(strings.Repeat("é", 100), 7) {
		if len(p) > 7 || !utf8.ValidString(p) {
			t.Errorf("bad part %q", p)
		}
	}
}

// TestManifest keeps the shipped app manifest in step with what the
// adapter needs: the events it handles, the scopes they require, the
// default slash command and Socket Mode.
func TestManifest(t *testing.T) {
	raw, err := os.ReadFile("manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Features struct {
			SlashCommands []struct {
				Command string `yaml:"command"`
			} `yaml:"slash_commands"`
			AppHome struct {
				MessagesTab bool `yaml:"messages_tab_enabled"`
			} `yaml:"app_home"`
		} `yaml:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				Bot []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			SocketMode bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	has := func(list []string, want ...string) {
		t.Helper()
		for _, w := range want {
			if !slices.Contains(list, w) {
				t.Errorf("manifest lacks %q (has %v)", w, list)
			}
		}
	}
	has(m.OAuth.Scopes.Bot, "app_mentions:read", "chat:write", "commands", "im:history", "im:read", "channels:history", "groups:history")
	has(m.Settings.Events.Bot, "app_mention", "message.im", "message.channels", "message.groups")
	if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/stance" {
		t.Errorf("slash commands %+v, want /stance", m.Features.SlashCommands)
	}
	if !m.Settings.SocketMode || !m.Features.AppHome.MessagesTab {
		t.Error("socket mode and the messages tab must be on")
	}
}
