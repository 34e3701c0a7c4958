package bot

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/text/message/catalog"

	"github.com/stancebot/stancebot/corpus/lang"
)

// plainMessages holds, per language and key, the catalogue messages that
// are a plain string whose only verbs are %s (and %%), with no ${...}
// substitution: T formats those with fmt when every argument is a
// string, which gives the same text as the x/text printer
// (TestPlainMessagesMatchPrinter) at a fraction of its cost. A printer
// call looks the message up in the catalogue and decodes it on every
// call, and was a tenth of a question's time.
var (
	plainOnce     sync.Once
	plainMessages map[string]map[string]plainMessage
)

type plainMessage struct {
	format string
	verbs  int // the number of %s
}

func buildPlainMessages() map[string]map[string]plainMessage {
	out := map[string]map[string]plainMessage{}
	for _, e := range catalogueEntries {
		for code, m := range map[string]catalog.Message{lang.English: e.en, lang.Spanish: e.es, lang.French: e.fr} {
			s, ok := plainString(m)
			if !ok {
				continue
			}
			n, ok := plainVerbs(s)
			if !ok {
				continue
			}
			if out[code] == nil {
				out[code] = map[string]plainMessage{}
			}
			out[code][e.key] = plainMessage{format: s, verbs: n}
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

// plainVerbs counts the %s verbs of a format; ok is false when it has any
// other verb, flag, width or argument index, or a ${...} substitution.
func plainVerbs(f string) (int, bool) {
	if strings.Contains(f, "${") {
		return 0, false
	}
	n := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		if i+1 >= len(f) {
			return 0, false
		}
		switch f[i+1] {
		case 's':
			n++
		case '%':
		default:
			return 0, false
		}
		i++
	}
	return n, true
}

// plainT formats key in code with fmt when the message is plain and the
// arguments are exactly its %s verbs' strings; ok is false otherwise, and
// the caller uses the printer.
func plainT(code, key string, args []any) (string, bool) {
	plainOnce.Do(func() { plainMessages = buildPlainMessages() })
	if _, ok := langTags[code]; !ok {
		code = lang.English // as T: anything else is English
	}
	m, ok := plainMessages[code][key]
	if !ok || len(args) != m.verbs {
		return "", false
	}
	for _, a := range args {
		if _, ok := a.(string); !ok {
			return "", false
		}
	}
	if m.verbs == 0 {
		return strings.ReplaceAll(m.format, "%%", "%"), true
	}
	return fmt.Sprintf(m.format, args...), true
}
