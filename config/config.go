// Package config loads and validates stancebot's YAML configuration. All
// validation happens here, and every error names the offending key and its
// line. Secrets are written as ${ENV_VAR} references and expanded from the
// environment; they are never logged.
package config

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/stancebot/stancebot/corpus/lang"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/internal/memlimit"
)

// Config is the whole configuration file.
//
// Each section's type and validation live in a file of their own
// (slack.go, matrix.go, digests.go) so that a new section is one file.
type Config struct {
	// Listen is the address of the HTTP server for /healthz, /readyz and /metrics.
	Listen string `yaml:"listen"`
	Log    Log    `yaml:"log"`
	// DataDir holds the SQLite database and other state.
	DataDir string       `yaml:"data_dir"`
	Store   StoreConfig  `yaml:"store"` // store.go: PostgreSQL URL or SQLite path
	Corpus  CorpusConfig `yaml:"corpus"`
	// ShutdownTimeout bounds how long replies in flight may take to finish
	// after SIGINT/SIGTERM (default 10s).
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	Slack           *Slack        `yaml:"slack"`
	Matrix          *Matrix       `yaml:"matrix"`
	Digests         []Digest      `yaml:"digests"`
	// Subscriptions controls who may subscribe from chat.
	Subscriptions Subscriptions `yaml:"subscriptions"`
	// Languages pins a language ("en", "es", "fr") per channel or room,
	// keyed "slack:<channel ID>" or "matrix:<room ID>". A pinned language
	// decides only when a question's own words leave its language open
	// ("Cuba attribution"); see package corpus/lang.
	Languages map[string]string `yaml:"languages"`

	secrets []string       // expanded values of secret keys, for log redaction
	file    string         // the file's name, for Errorf
	lines   map[string]int // key path -> line, for Errorf
}

// Errorf returns a problem with key found after Parse (a digest naming a
// theme the loaded corpus lacks) as an *Error at the key's line, like the
// errors Parse returns.
func (c *Config) Errorf(key, format string, args ...any) error {
	v := &validator{file: c.file, lines: c.lines}
	if v.file == "" {
		v.file = "config"
	}
	return &Error{File: v.file, Line: v.line(key), Key: key, Msg: fmt.Sprintf(format, args...)}
}

// Log configures log/slog output.
type Log struct {
	Format string `yaml:"format"` // "text" or "json"
	Level  string `yaml:"level"`  // debug, info, warn, error
}

// CorpusConfig says where statements come from.
type CorpusConfig struct {
	Dir    string `yaml:"dir"`    // empty: the embedded seeds
	Themes string `yaml:"themes"` // optional theme lexicon file
	Watch  *bool  `yaml:"watch"`  // reload on change (default true when Dir is set)
	// MemoryHeadroomPercent bounds a serving process's memory between
	// loads: a soft limit of the live heap (the corpus) plus this share of
	// it (default memlimit.DefaultPolicy's 50; 0: no limit, the Go
	// runtime's default pacing). GOMEMLIMIT, if set, still caps it.
	MemoryHeadroomPercent *int `yaml:"memory_headroom_percent"`
}

// MemoryPolicy is the serving process's soft memory limit (see
// memlimit.Serve) the section asks for.
func (c CorpusConfig) MemoryPolicy() memlimit.Policy {
	p := memlimit.DefaultPolicy
	if c.MemoryHeadroomPercent != nil {
		p.HeadroomPercent = int64(*c.MemoryHeadroomPercent)
	}
	return p
}

// Defaults for keys left out of the file.
const (
	DefaultListen          = "127.0.0.1:9090"
	DefaultDataDir         = "data"
	DefaultShutdownTimeout = 10 * time.Second
)

// Secrets returns the values of every secret the file referenced through
// ${ENV_VAR}, so a logger can redact them should one ever reach a log line.
func (c *Config) Secrets() []string { return append([]string(nil), c.secrets...) }

// Load reads, expands and validates the configuration file at path.
// Environment variables are read with os.LookupEnv.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, data, os.LookupEnv)
}

// Parse decodes, expands and validates a configuration document. name is
// used in error messages ("config.yaml:12: slack.bot_token: ..."); lookup
// resolves ${ENV_VAR} references (os.LookupEnv in production).
//
// Unknown keys are errors. Decoding is done from the yaml.Node tree so
// every error can carry the line of the key it concerns; the unknown-key
// check walks the same tree against the struct's yaml tags (this is what
// yaml.Decoder.KnownFields does, but with the key path in the message).
func Parse(name string, data []byte, lookup func(string) (string, bool)) (*Config, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	v := &validator{file: name, lines: map[string]int{}, secretKeys: map[string]bool{}}
	cfg := &Config{}
	if len(doc.Content) == 0 { // empty file: all defaults
		cfg.setDefaults()
		cfg.problems(v)
		cfg.file, cfg.lines = name, v.lines
		return cfg, v.err()
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: the document must be a mapping of keys", name, root.Line)
	}
	v.lines[""] = root.Line
	v.budget = aliasBudget(root)
	v.budgetTotal = v.budget
	walk(v, root, reflect.TypeOf(*cfg), "")
	if v.bomb != nil { // Decode would expand the aliases again
		return nil, v.bomb
	}
	expandEnv(v, root, "", lookup, &cfg.secrets)
	// Carry on after errors so one run reports every problem; a key that
	// already has an error gets no second one (see validator.errorf).
	if err := root.Decode(cfg); err != nil {
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, msg := range te.Errors {
			v.typeError(msg)
		}
	}
	cfg.setDefaults()
	cfg.problems(v)
	if err := v.err(); err != nil {
		return nil, err
	}
	cfg.file, cfg.lines = name, v.lines
	return cfg, nil
}

func (c *Config) setDefaults() {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.Log.Format == "" {
		c.Log.Format = "text"
	}
	if c.Log.Level == "" {
		c.Log.Level = "info"
	}
	if c.DataDir == "" {
		c.DataDir = DefaultDataDir
	}
	if c.ShutdownTimeout == 0 {
		c.ShutdownTimeout = DefaultShutdownTimeout
	}
	if c.Corpus.Watch == nil {
		w := c.Corpus.Dir != ""
		c.Corpus.Watch = &w
	}
	if c.Slack != nil {
		c.Slack.setDefaults()
	}
	if c.Matrix != nil {
		c.Matrix.ApplyDefaults()
	}
}

// problems checks the whole file; Parse is its only caller. Each section
// has one problems method (slack.go, matrix.go, digests.go), and checks
// across sections are made here, so every error carries its key and line.
func (c *Config) problems(v *validator) {
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		v.errorf("listen", "%q is not a host:port address", c.Listen)
	}
	v.oneOf("log.format", c.Log.Format, "text", "json")
	v.oneOf("log.level", c.Log.Level, "debug", "info", "warn", "error")
	if c.ShutdownTimeout < 0 {
		v.errorf("shutdown_timeout", "must be positive, got %s", c.ShutdownTimeout)
	}
	if c.Corpus.Dir != "" {
		if fi, err := os.Stat(c.Corpus.Dir); err != nil {
			v.errorf("corpus.dir", "%v", err)
		} else if !fi.IsDir() {
			v.errorf("corpus.dir", "%s is not a directory", c.Corpus.Dir)
		}
	}
	if c.Corpus.Themes != "" {
		if _, err := os.Stat(c.Corpus.Themes); err != nil {
			v.errorf("corpus.themes", "%v", err)
		}
	}
	if h := c.Corpus.MemoryHeadroomPercent; h != nil && (*h < 0 || *h > 1000) {
		v.errorf("corpus.memory_headroom_percent", "must be between 0 (no limit) and 1000, got %d", *h)
	}
	c.languageProblems(v)
	if c.Slack != nil {
		c.Slack.problems(v, "slack")
	}
	if c.Matrix != nil {
		c.Matrix.problems(v, "matrix")
	}
	names := map[string]int{}
	for i := range c.Digests {
		key := fmt.Sprintf("digests[%d]", i)
		c.Digests[i].problems(v, key)
		if j, dup := names[c.Digests[i].Name]; dup && c.Digests[i].Name != "" {
			v.errorf(key+".name", "%q is already the name of digests[%d]", c.Digests[i].Name, j)
		}
		names[c.Digests[i].Name] = i
		c.targetPlatforms(v, key, c.Digests[i])
	}
	c.Subscriptions.problems(v, "subscriptions")
	c.Store.problems(v, "store")
}

// targetPlatforms reports digest targets on a platform that will not run:
// found here, not as a failed delivery after "serving".
func (c *Config) targetPlatforms(v *validator, key string, d Digest) {
	for i, t := range d.Targets {
		tg, err := delivery.ParseTarget(t)
		if err != nil {
			continue // reported by the digest's own problems
		}
		var why string
		switch {
		case tg.Platform == "slack" && c.Slack == nil:
			why = "there is no slack section"
		case tg.Platform == "slack" && !c.Slack.On():
			why = "slack.enabled is false"
		case tg.Platform == "matrix" && c.Matrix == nil:
			why = "there is no matrix section"
		default:
			continue
		}
		v.errorf(fmt.Sprintf("%s.targets[%d]", key, i), "digest %q: target %s: %s", d.Name, t, why)
	}
}

// DBPath is the SQLite database file under DataDir.
func (c *Config) DBPath() string { return filepath.Join(c.DataDir, "stancebot.db") }

// Error is one configuration problem at a key and line.
type Error struct {
	File string
	Line int // 0 when unknown
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	loc := e.File
	if e.Line > 0 {
		loc += ":" + strconv.Itoa(e.Line)
	}
	if e.Key == "" {
		return loc + ": " + e.Msg
	}
	return loc + ": " + e.Key + ": " + e.Msg
}

// validator collects configuration errors with their lines.
type validator struct {
	file       string
	lines      map[string]int  // key path -> line of the key in the file
	secretKeys map[string]bool // key paths whose value came from ${ENV_VAR}
	errs       []*Error
	errKeys    map[string]bool // keys in errs, so each gets one error
	lineKeys   map[int]string  // line -> longest key on it (see keyOnLine)

	budget, budgetTotal int    // alias expansion budget (see aliasBudget)
	aliasLine, inAlias  int    // line of the outermost alias being walked; depth
	bomb                *Error // set when the budget ran out
}

// errorf records a problem with key (a dotted path such as
// "slack.http.listen" or "digests[0].cron").
// A key that already has an error gets no second one: an unknown key is
// not also an unset variable, an unset variable not also "required".
func (v *validator) errorf(key, format string, args ...any) {
	if v.errKeys[key] {
		return
	}
	v.addError(&Error{File: v.file, Line: v.line(key), Key: key, Msg: fmt.Sprintf(format, args...)})
}

func (v *validator) addError(e *Error) {
	if v.errKeys == nil {
		v.errKeys = map[string]bool{}
	}
	v.errKeys[e.Key] = true
	v.errs = append(v.errs, e)
}

// line returns the line of key, or of its nearest ancestor present in the file.
func (v *validator) line(key string) int {
	for {
		if l, ok := v.lines[key]; ok {
			return l
		}
		if key == "" {
			return 0
		}
		i := strings.LastIndexAny(key, ".[")
		if i < 0 {
			key = ""
		} else {
			key = key[:i]
		}
	}
}

// has reports whether key was written in the file.
func (v *validator) has(key string) bool { _, ok := v.lines[key]; return ok }

// oneOf checks that value is one of allowed.
func (v *validator) oneOf(key, value string, allowed ...string) {
	for _, a := range allowed {
		if value == a {
			return
		}
	}
	v.errorf(key, "%q is not one of %s", value, strings.Join(allowed, ", "))
}

// secret checks that a secret key is set, and that it was written as an
// ${ENV_VAR} reference rather than a literal (secrets never live in files).
// why says when it is required ("for the http transport").
func (v *validator) secret(key, value, why string) {
	if v.has(key) && !v.secretKeys[key] {
		v.errorf(key, "write secrets as an ${ENV_VAR} reference, not a literal value")
		return
	}
	if value == "" {
		if why == "" {
			v.errorf(key, "required")
		} else {
			v.errorf(key, "required %s", why)
		}
	}
}

var (
	lineRE     = regexp.MustCompile(`^line (\d+): (.*)$`)
	durationRE = regexp.MustCompile("^cannot unmarshal !!\\w+ `(.*)` into time.Duration$")
)

// typeError turns one of yaml's "line N: cannot unmarshal ..." messages
// into an Error naming the key written on that line.
func (v *validator) typeError(msg string) {
	m := lineRE.FindStringSubmatch(msg)
	if m == nil {
		v.errs = append(v.errs, &Error{File: v.file, Msg: msg})
		return
	}
	line, _ := strconv.Atoi(m[1])
	msg = m[2]
	if d := durationRE.FindStringSubmatch(msg); d != nil {
		msg = fmt.Sprintf("%q: want a duration such as 30m or 2h", d[1])
	}
	v.addError(&Error{File: v.file, Line: line, Key: v.keyOnLine(line), Msg: msg})
}

// err returns the recorded problems, in file order, or nil: the first
// maxErrors of them and a last line counting the rest.
func (v *validator) err() error {
	if len(v.errs) == 0 {
		return nil
	}
	sort.SliceStable(v.errs, func(i, j int) bool { return v.errs[i].Line < v.errs[j].Line })
	shown := v.errs
	if len(shown) > maxErrors {
		shown = shown[:maxErrors:maxErrors]
		shown = append(shown, &Error{File: v.file, Msg: fmt.Sprintf("… and %d more", len(v.errs)-maxErrors)})
	}
	errs := make([]error, len(shown))
	for i, e := range shown {
		errs[i] = e
	}
	return errors.Join(errs...)
}

var unmarshalerType = reflect.TypeOf((*yaml.Unmarshaler)(nil)).Elem()

// walk records the line of every key and reports keys the target type
// does not know.
func walk(v *validator, n *yaml.Node, t reflect.Type, path string) {
	if n.Kind == yaml.AliasNode && v.inAlias == 0 {
		v.aliasLine = n.Line // name the outermost alias in a budget error
		v.inAlias++
		defer func() { v.inAlias-- }()
	}
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if !v.spend(1+len(n.Content), path) {
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		return // the type decodes itself
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return // the decoder reports the type mismatch
		}
		fields := yamlFields(t)
		var known []string
		for name := range fields {
			known = append(known, name)
		}
		sort.Strings(known)
		// Unknown and repeated keys are reported here and dropped from the
		// tree, so Decode (whose duplicate check is quadratic) sees only
		// the few keys the struct has.
		seen := map[string]int{}
		kept := n.Content[:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			p := join(path, k.Value)
			if v.duplicate(seen, k, p) {
				continue
			}
			v.lines[p] = k.Line
			ft, ok := fields[k.Value]
			if !ok {
				v.errorf(p, "unknown key (known keys here: %s)", strings.Join(known, ", "))
				continue
			}
			kept = append(kept, k, val)
			walk(v, val, ft, p)
		}
		n.Content = kept
	case reflect.Slice, reflect.Array:
		if n.Kind != yaml.SequenceNode {
			return
		}
		for i, item := range n.Content {
			p := fmt.Sprintf("%s[%d]", path, i)
			v.lines[p] = item.Line
			walk(v, item, t.Elem(), p)
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return
		}
		seen := map[string]int{}
		kept := n.Content[:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			p := join(path, k.Value)
			if v.duplicate(seen, k, p) {
				continue
			}
			v.lines[p] = k.Line
			kept = append(kept, k, val)
			walk(v, val, t.Elem(), p)
		}
		n.Content = kept
		if len(kept)/2 > maxMapKeys {
			v.errorf(path, "%d keys; at most %d are allowed here", len(kept)/2, maxMapKeys)
			n.Content = nil
		}
	}
}

// yamlFields maps the yaml key names of a struct (following ",inline") to
// their types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if strings.Contains(opts, "inline") {
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				for k, v := range yamlFields(ft) {
					out[k] = v
				}
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f.Type
	}
	return out
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

var envRE = regexp.MustCompile(`\$\{([^}]*)\}`)
var envNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// expandEnv replaces ${NAME} in every scalar value with the environment
// variable NAME. An unset variable is an error naming the key; the
// expanded values are remembered as secrets.
func expandEnv(v *validator, n *yaml.Node, path string, lookup func(string) (string, bool), secrets *[]string) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			expandEnv(v, n.Content[i+1], join(path, n.Content[i].Value), lookup, secrets)
		}
	case yaml.SequenceNode:
		for i, item := range n.Content {
			expandEnv(v, item, fmt.Sprintf("%s[%d]", path, i), lookup, secrets)
		}
	case yaml.ScalarNode:
		if !strings.Contains(n.Value, "${") {
			return
		}
		ok := true
		out := envRE.ReplaceAllStringFunc(n.Value, func(ref string) string {
			name := ref[2 : len(ref)-1]
			if !envNameRE.MatchString(name) {
				v.errorf(path, "%q is not a valid ${ENV_VAR} reference", ref)
				ok = false
				return ""
			}
			val, set := lookup(name)
			if !set {
				v.errorf(path, "environment variable %s is not set", name)
				ok = false
				return ""
			}
			return val
		})
		if !ok {
			n.Value, n.Tag = "", "!!str"
			return
		}
		if strings.Contains(envRE.ReplaceAllString(n.Value, ""), "${") {
			v.errorf(path, "unterminated ${ reference")
			n.Value, n.Tag = "", "!!str"
			return
		}
		n.Value = out
		n.Tag = "!!str"
		v.secretKeys[path] = true
		if out != "" {
			*secrets = append(*secrets, out)
		}
	}
}

// languageProblems checks the languages section: each key a
// "platform:room" target of a known platform, each value a supported
// language.
func (c *Config) languageProblems(v *validator) {
	keys := make([]string, 0, len(c.Languages))
	for k := range c.Languages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		key := join("languages", k)
		platform, room, ok := strings.Cut(k, ":")
		if !ok || room == "" || (platform != "slack" && platform != "matrix") {
			v.errorf(key, "want slack:<channel ID> or matrix:<room ID>")
			continue
		}
		code := lang.Normalize(c.Languages[k])
		if code == "" {
			v.errorf(key, "%q is not one of en, es, fr", c.Languages[k])
			continue
		}
		c.Languages[k] = code
	}
}
