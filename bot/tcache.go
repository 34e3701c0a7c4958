package bot

import "sync"

// countMessages caches T for a message called with one small int ("%d
// statements", ", showing %d"): such a message goes through the x/text
// printer (plural forms, number formatting), which looks the message up
// and decodes it on every call, a microsecond a question for the same
// few strings. The printer's output depends on the language, the key
// and the number only, so the cache holds exactly what it would print
// (TestCountMessagesMatchPrinter). It is bounded: numbers below
// countCacheMax, keys and languages of the catalogue.
var countMessages sync.Map // countKey -> string

type countKey struct {
	code, key string
	n         int
}

// countCacheMax bounds the numbers cached per message.
const countCacheMax = 4096

// cachedCount returns T(code, key, args...) from the cache when args is
// one int below countCacheMax, filling the cache through print.
func cachedCount(code, key string, args []any, print func() string) string {
	if len(args) != 1 {
		return print()
	}
	n, ok := args[0].(int)
	if !ok || n < 0 || n >= countCacheMax {
		return print()
	}
	kc := code
	if _, ok := langTags[kc]; !ok {
		kc = "" // T answers any other code in English: one entry for all of them
	}
	k := countKey{kc, key, n}
	if s, ok := countMessages.Load(k); ok {
		return s.(string)
	}
	s := print()
	countMessages.Store(k, s)
	return s
}
