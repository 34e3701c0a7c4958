package layering

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/stancebot/stancebot"

// ranks is the intended order, lowest first: a package may import only
// packages of a lower rank (or its own subpackages' rank when they share a
// directory prefix, e.g. adapters/matrix/internal/...). A subpackage not
// listed takes the rank of its nearest listed parent; a new top-level
// package must be added here, in the place its imports allow.
var ranks = map[string]int{
	// plain values and leaf helpers: the standard library and small libraries only
	"delivery": 0, "inbox": 0, "metrics": 0, "seeds": 0, "schedule/spec": 0, "corpus/lang": 0,
	"internal/layering": 0, "internal/retry": 0, "internal/memlimit": 0, "httplimit": 0, "conversation": 0, "feedback": 0,
	// the corpus and the configuration
	"corpus": 1, "config": 1,
	// leader election over a lease interface the store implements
	"leader": 1,
	// what changed between two corpus versions (plain values over the corpus)
	"changes": 2,
	// understanding questions and building replies; the store, which keeps
	// plain values (delivery, inbox, changes) and must never import bot
	"bot": 3, "store": 3,
	// what sits around the bot: the adapter vocabulary, chat commands, corpus reload
	"adapters": 4, "commands": 4, "reload": 4,
	// the digest scheduler (delivers through adapters.Sender)
	"schedule": 5,
	// one package per chat platform
	"adapters/console": 6, "adapters/slack": 6, "adapters/matrix": 6,
	// wiring; and the test homeserver the wiring's tests share with adapters/matrix
	"cmd": 7, "tools": 7, "adapters/matrix/matrixtest": 7,
}

// chatSDKs are import path prefixes only adapters/ may import.
var chatSDKs = []string{"github.com/slack-go/slack", "maunium.net/go/mautrix", "github.com/gorilla/websocket"}

type pkg struct {
	ImportPath string
	Dir        string
	Imports    []string
	Deps       []string
	GoFiles    []string
}

func list(t *testing.T) []pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-tags", "goolm", "-deps=false", "-json", module+"/...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	return pkgs
}

// rankOf returns the rank of a module-relative path, from its nearest
// listed parent.
func rankOf(rel string) (int, bool) {
	for p := rel; p != "."; p = filepath.Dir(p) {
		if r, ok := ranks[p]; ok {
			return r, true
		}
	}
	return 0, false
}

func rel(path string) (string, bool) {
	if path == module {
		return ".", true
	}
	r, ok := strings.CutPrefix(path, module+"/")
	return r, ok
}

// sameTree reports whether a and b are one package tree (adapters/matrix
// and adapters/matrix/internal/dendritetest).
func sameTree(a, b string) bool {
	return strings.HasPrefix(a+"/", b+"/") || strings.HasPrefix(b+"/", a+"/")
}

func TestImportsPointDown(t *testing.T) {
	for _, p := range list(t) {
		from, _ := rel(p.ImportPath)
		fr, ok := rankOf(from)
		if !ok {
			t.Errorf("%s has no rank: add it to ranks in internal/layering/layering_test.go", from)
			continue
		}
		for _, imp := range p.Imports {
			to, ok := rel(imp)
			if !ok {
				continue
			}
			tr, ok := rankOf(to)
			if !ok {
				continue // reported as the importer of its own
			}
			if tr >= fr && !sameTree(from, to) && !(tr == fr && tr == 0) {
				t.Errorf("%s (rank %d) imports %s (rank %d): imports must point to a lower rank", from, fr, to, tr)
			}
		}
	}
}

func TestChatSDKsOnlyInAdapters(t *testing.T) {
	for _, p := range list(t) {
		from, _ := rel(p.ImportPath)
		if strings.HasPrefix(from, "adapters/") {
			continue
		}
		for _, imp := range p.Imports {
			for _, sdk := range chatSDKs {
				if strings.HasPrefix(imp, sdk) {
					t.Errorf("%s imports the chat SDK %s: only packages under adapters/ may", from, imp)
				}
			}
		}
	}
}

// TestCoreHasNoPlatform: bot and corpus (and everything they depend on)
// are plain Go, with no chat SDK and no adapter anywhere below them.
func TestCoreHasNoPlatform(t *testing.T) {
	cmd := exec.Command("go", "list", "-tags", "goolm", "-deps", "-f", "{{.ImportPath}}", module+"/bot", module+"/corpus")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, bad := range append(chatSDKs, module+"/adapters", module+"/store", "github.com/mattn/go-sqlite3") {
			if strings.HasPrefix(dep, bad) {
				t.Errorf("bot or corpus depends on %s", dep)
			}
		}
	}
}

// TestNoInitRegistrationInCmd: commands are named in main's switch, not
// registered from init functions.
func TestNoInitRegistrationInCmd(t *testing.T) {
	for _, p := range list(t) {
		from, _ := rel(p.ImportPath)
		if !strings.HasPrefix(from, "cmd/") {
			continue
		}
		fset := token.NewFileSet()
		for _, name := range p.GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(p.Dir, name), nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range f.Decls {
				if fn, ok := d.(*ast.FuncDecl); ok && fn.Name.Name == "init" && fn.Recv == nil {
					t.Errorf("%s: func init in %s", from, fmt.Sprint(fset.Position(fn.Pos())))
				}
			}
		}
	}
}
