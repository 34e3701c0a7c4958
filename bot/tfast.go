package bot

import (
	"reflect"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/message/catalog"

	"github.com/stancebot/stancebot/corpus/lang"
)

// plainMessages holds, per language and key, the catalogue messages that
// are a plain string whose only verbs are %s or %[n]s (and %%), with no
// ${...} substitution: T fills those in itself when every argument is a
// string, which gives the same text as the x/text printer
// (TestPlainMessagesMatchPrinter) at a fraction of its cost. A printer
// call looks the message up in the catalogue and decodes it on every
// call, and was a tenth of a question's time; fmt.Sprintf after it still
// boxed every argument and was most of what was left.
var (
	plainOnce     sync.Once
	plainMessages map[string]map[string]plainMessage
)

type plainMessage struct {
	parts []plainPart
	verbs int // the number of arguments it takes
}

// plainPart is literal text, then argument arg (-1: none).
type plainPart struct {
	lit string
	arg int
}

func buildPlainMessages() map[string]map[string]plainMessage {
	out := map[string]map[string]plainMessage{}
	for _, e := range catalogueEntries {
		for code, m := range map[string]catalog.Message{lang.English: e.en, lang.Spanish: e.es, lang.French: e.fr} {
			s, ok := plainString(m)
			if !ok {
				continue
			}
			parts, n, ok := plainParts(s)
			if !ok {
				continue
			}
			if out[code] == nil {
				out[code] = map[string]plainMessage{}
			}
			out[code][e.key] = plainMessage{parts: parts, verbs: n}
		}
	}
	return out
}

// plainString returns the text of a message made by catalog.String
// (msgText). x/text does not export that type; it is a string type named
// String in its internal catmsg package, which reflect can read.
func plainString(m catalog.Message) (string, bool) {
	v := reflect.ValueOf(m)
	if !v.IsValid() || v.Kind() != reflect.String || v.Type().Name() != "String" || !strings.HasSuffix(v.Type().PkgPath(), "internal/catmsg") {
		return "", false
	}
	return v.String(), true
}

// plainVerbs counts the arguments of a format whose verbs are %s or
// %[n]s; ok is false when it has any other verb, flag or width, or a
// ${...} substitution.
func plainVerbs(f string) (int, bool) {
	_, n, ok := plainParts(f)
	return n, ok
}

// plainParts cuts a plain format into literal text and arguments, as fmt
// reads it: %s takes the argument after the last one taken, %[n]s takes
// argument n and moves on from there. n is the number of arguments: one
// per %s without indexes, else the highest index, every one of them used
// (so that fmt would report neither a missing nor an extra argument).
func plainParts(f string) (parts []plainPart, n int, ok bool) {
	if strings.Contains(f, "${") {
		return nil, 0, false
	}
	var lit strings.Builder
	next, used := 0, map[int]bool{}
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			lit.WriteByte(f[i])
			continue
		}
		rest := f[i+1:]
		switch {
		case strings.HasPrefix(rest, "%"):
			lit.WriteByte('%')
			i++
			continue
		case strings.HasPrefix(rest, "s"):
			i++
		case strings.HasPrefix(rest, "["):
			end := strings.Index(rest, "]s")
			k, err := strconv.Atoi(rest[1:max(end, 1)])
			if end < 0 || err != nil || k < 1 || k > 9 || rest[1] == '+' {
				return nil, 0, false
			}
			next = k - 1
			i += end + 2
		default:
			return nil, 0, false
		}
		parts = append(parts, plainPart{lit: lit.String(), arg: next})
		lit.Reset()
		used[next] = true
		n = max(n, next+1)
		next++
	}
	if len(used) != n {
		return nil, 0, false // an index skipped: fmt would say so
	}
	if lit.Len() > 0 || len(parts) == 0 {
		parts = append(parts, plainPart{lit: lit.String(), arg: -1})
	}
	return parts, n, true
}

// plainT fills key in code in itself when the message is plain and the
// arguments are exactly its strings; ok is false otherwise, and the
// caller uses the printer.
func plainT(code, key string, args []any) (string, bool) {
	plainOnce.Do(func() { plainMessages = buildPlainMessages() })
	if _, ok := langTags[code]; !ok {
		code = lang.English // as T: anything else is English
	}
	m, ok := plainMessages[code][key]
	if !ok || len(args) != m.verbs {
		return "", false
	}
	var sbuf [8]string
	ss := sbuf[:0]
	for _, a := range args {
		s, ok := a.(string)
		if !ok {
			return "", false
		}
		ss = append(ss, s)
	}
	return m.fill(ss), true
}

// fill is the message with its arguments.
func (m plainMessage) fill(args []string) string {
	n := 0
	for _, p := range m.parts {
		n += len(p.lit)
		if p.arg >= 0 {
			n += len(args[p.arg])
		}
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range m.parts {
		b.WriteString(p.lit)
		if p.arg >= 0 {
			b.WriteString(args[p.arg])
		}
	}
	return b.String()
}

// ts is T for a message whose arguments are all strings. A plain message
// is filled in directly: one allocation, where T boxes each argument in
// an interface and formats through fmt (TestTsMatchesPrinter). Anything
// else goes to T.
func ts(code, key string, args ...string) string {
	plainOnce.Do(func() { plainMessages = buildPlainMessages() })
	pc := code
	if _, ok := langTags[pc]; !ok {
		pc = lang.English // as T: anything else is English
	}
	if m, ok := plainMessages[pc][key]; ok && len(args) == m.verbs {
		return m.fill(args)
	}
	as := make([]any, len(args))
	for i, a := range args {
		as[i] = a
	}
	return T(code, key, as...)
}
