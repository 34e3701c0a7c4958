package bot

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus/lang"
)

// TestPlainMessagesMatchPrinter holds T's fmt path to the x/text printer
// for every plain message of the catalogue in every language, with
// arguments that contain verbs, accents and nothing at all.
func TestPlainMessagesMatchPrinter(t *testing.T) {
	printersOnce.Do(func() { printers = buildPrinters() })
	plain := buildPlainMessages()
	if len(plain[lang.English]) < 10 {
		t.Fatalf("only %d plain English messages: the fast path is not used", len(plain[lang.English]))
	}
	args := []string{"Perú", "", "100% %s %d", "la UE, l'Inde y Corea del Sur", "“due diligence”"}
	checked := 0
	for _, code := range []string{lang.English, lang.Spanish, lang.French, "de"} {
		for _, e := range catalogueEntries {
			pc := code
			if _, ok := printers[pc]; !ok {
				pc = lang.English
			}
			m, ok := plain[pc][e.key]
			if !ok {
				continue
			}
			for shift := range args {
				as := make([]any, m.verbs)
				for i := range as {
					as[i] = args[(i+shift)%len(args)]
				}
				got, ok := plainT(code, e.key, as)
				if !ok {
					t.Fatalf("plainT(%s, %q) declined a plain message", code, e.key)
				}
				if want := printers[pc].Sprintf(e.key, as...); got != want {
					t.Errorf("T(%s, %q, %q) = %q, the printer gives %q", code, e.key, as, got, want)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
	// Not plain: numbers (localised digits, plurals) go to the printer.
	if _, ok := plainT(lang.French, msgShowing, []any{3}); ok {
		t.Error("a message with a number verb took the fmt path")
	}
	if _, ok := plainT(lang.English, msgOnTopic, []any{"a", "b"}); ok {
		t.Error("a message with too many arguments took the fmt path")
	}
	if _, ok := plainT(lang.English, msgOnTopic, []any{strings.NewReader("x")}); ok {
		t.Error("a non-string argument took the fmt path")
	}
}

func TestPlainVerbs(t *testing.T) {
	for _, tc := range []struct {
		f  string
		n  int
		ok bool
	}{
		{"plain", 0, true},
		{"%s and %s", 2, true},
		{"100%% of %s", 1, true},
		{"%d statements", 0, false},
		{"%[1]s", 1, true},
		{"%[1]s and %[1]s's %[2]s", 2, true},
		{"%[2]s", 0, false},
		{"%[0]s", 0, false},
		{"%[1]d", 0, false},
		{"%[x]s", 0, false},
		{"%[1", 0, false},
		{"%q", 0, false},
		{"%-5s", 0, false},
		{"ends in %", 0, false},
		{"${count} things", 0, false},
	} {
		n, ok := plainVerbs(tc.f)
		if n != tc.n || ok != tc.ok {
			t.Errorf("plainVerbs(%q) = %d, %v; want %d, %v", tc.f, n, ok, tc.n, tc.ok)
		}
	}
}

// TestCountMessagesMatchPrinter holds T's cache of one-number messages to
// the x/text printer: every message of the catalogue in every language
// (and one T answers in English), with numbers that pick each plural
// form, at and past the cache's bound, negative, and asked twice so that
// the second answer comes from the cache.
func TestCountMessagesMatchPrinter(t *testing.T) {
	checked := 0
	for _, code := range []string{lang.English, lang.Spanish, lang.French, "de", ""} {
		for _, e := range catalogueEntries {
			for _, n := range []int{0, 1, 2, 5, 21, 100, 1000, 1001, countCacheMax - 1, countCacheMax, -1} {
				want := printT(code, e.key, []any{n})
				for range 2 {
					if got := T(code, e.key, n); got != want {
						t.Fatalf("T(%q, %q, %d) = %q, the printer gives %q", code, e.key, n, got, want)
					}
					checked++
				}
			}
		}
	}
	if n, ok := countMessages.Load(countKey{lang.Spanish, msgNStatements, 2}); !ok || n != T(lang.Spanish, msgNStatements, 2) {
		t.Error("a one-number message was not cached")
	}
	if _, ok := countMessages.Load(countKey{"de", msgNStatements, 2}); ok {
		t.Error("a code T reads as English has an entry of its own")
	}
	t.Logf("%d messages checked", checked)
}

// TestTsMatchesPrinter holds ts (plain messages filled in without fmt or
// boxing) to the x/text printer for every plain message of the catalogue
// in every language, and to T for a message that is not plain.
func TestTsMatchesPrinter(t *testing.T) {
	printersOnce.Do(func() { printers = buildPrinters() })
	plain := buildPlainMessages()
	args := []string{"Perú", "", "100% %s %d %%", "la UE, l'Inde y Corea del Sur", "“due diligence”"}
	checked := 0
	for _, code := range []string{lang.English, lang.Spanish, lang.French, "de", ""} {
		pc := code
		if _, ok := printers[pc]; !ok {
			pc = lang.English
		}
		for _, e := range catalogueEntries {
			m, ok := plain[pc][e.key]
			if !ok {
				continue
			}
			for shift := range args {
				ss := make([]string, m.verbs)
				as := make([]any, m.verbs)
				for i := range ss {
					ss[i] = args[(i+shift)%len(args)]
					as[i] = ss[i]
				}
				if got, want := ts(code, e.key, ss...), printers[pc].Sprintf(e.key, as...); got != want {
					t.Errorf("ts(%q, %q, %q) = %q, the printer gives %q", code, e.key, ss, got, want)
				}
				checked++
			}
		}
	}
	if checked < 30 {
		t.Fatalf("only %d plain messages checked", checked)
	}
	// Not plain (a number verb), or the wrong number of arguments: T decides.
	for _, c := range []struct {
		key  string
		args []string
	}{{msgShowing, []string{"3"}}, {msgOnTopic, []string{"a", "b"}}, {msgNStatements, nil}} {
		as := make([]any, len(c.args))
		for i, a := range c.args {
			as[i] = a
		}
		if got, want := ts(lang.French, c.key, c.args...), T(lang.French, c.key, as...); got != want {
			t.Errorf("ts(fr, %q, %q) = %q, T gives %q", c.key, c.args, got, want)
		}
	}
}
