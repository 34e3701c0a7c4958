package slack

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestManifestDeclaresWhatTheCodeUses reads the adapter's source: every
// slack-go Web API method it calls and every slackevents type it handles
// must be listed in requires.go, and manifest.yaml must declare every
// event and scope listed there, the message shortcut, interactivity and
// the Home tab.
func TestManifestDeclaresWhatTheCodeUses(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	calls, events := map[string]bool{}, map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr: // a.api.Method(...)
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
					if inner, ok := sel.X.(*ast.SelectorExpr); ok && inner.Sel.Name == "api" {
						calls[sel.Sel.Name] = true
					}
				}
			case *ast.CaseClause: // case *slackevents.XEvent:
				for _, e := range n.List {
					if st, ok := e.(*ast.StarExpr); ok {
						if sel, ok := st.X.(*ast.SelectorExpr); ok {
							if id, ok := sel.X.(*ast.Ident); ok && id.Name == "slackevents" {
								events[sel.Sel.Name] = true
							}
						}
					}
				}
			}
			return true
		})
	}
	if len(calls) < 3 || len(events) < 2 {
		t.Fatalf("source scan found too little (calls %v, events %v): the scan is broken", calls, events)
	}
	var m struct {
		Features struct {
			AppHome struct {
				HomeTab bool `yaml:"home_tab_enabled"`
			} `yaml:"app_home"`
			Shortcuts []struct {
				CallbackID string `yaml:"callback_id"`
				Type       string `yaml:"type"`
			} `yaml:"shortcuts"`
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
			Interactivity struct {
				On bool `yaml:"is_enabled"`
			} `yaml:"interactivity"`
		} `yaml:"settings"`
	}
	raw, err := os.ReadFile("manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	scopes := m.OAuth.Scopes.Bot
	need := func(scope, why string) {
		if scope != "" && !slices.Contains(scopes, scope) {
			t.Errorf("manifest lacks scope %q (%s)", scope, why)
		}
	}
	for c := range calls {
		scopes, ok := webAPIScopes[c]
		if !ok {
			t.Errorf("the code calls %s, which requires.go does not list", c)
		}
		for _, s := range scopes {
			need(s, c)
		}
	}
	listed := map[string]bool{}
	for _, e := range eventNeeds {
		listed[e.goType] = true
		if !slices.Contains(m.Settings.Events.Bot, e.manifest) {
			t.Errorf("manifest lacks bot event %q", e.manifest)
		}
		need(e.scope, e.manifest)
	}
	for e := range events {
		if !listed[e] {
			t.Errorf("the code handles slackevents.%s, which requires.go does not list", e)
		}
	}
	for _, s := range featureScopes {
		need(s, "slash command and shortcuts")
	}
	if !m.Settings.Interactivity.On || !m.Features.AppHome.HomeTab {
		t.Error("manifest must enable interactivity and the Home tab")
	}
	if !slices.ContainsFunc(m.Features.Shortcuts, func(s struct {
		CallbackID string `yaml:"callback_id"`
		Type       string `yaml:"type"`
	}) bool {
		return s.CallbackID == shortcutAsk && s.Type == "message"
	}) {
		t.Errorf("manifest lacks the message shortcut %q", shortcutAsk)
	}
}
