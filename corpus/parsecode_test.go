package corpus

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sync"
	"testing"
	"unsafe"
)

// TestParseCoderLetsTextGo: once the vocabulary is made, a paragraph's
// analysis keeps its code, not its text: when every file is merged (the
// analyses all still live), no string a coded analysis holds, its
// segments' included, lies in the bytes its text was read from. The
// analysis is made from the parsing worker's own buffer, which the next
// file overwrites (see paraCache.lookup), so such a string would be
// garbled, not only keep the text alive. It fails if an analysis keeps a
// string that views its text and parseCoder's eachString does not copy it
// aside. The vocabulary is made after the first file, so every analysis
// made once the merger has seen it is coded.
func TestParseCoderLetsTextGo(t *testing.T) {
	defer setVocabSample(1)()
	dirs, _ := filepath.Glob("../testdata/*")
	total := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var mu sync.Mutex
			type span struct{ lo, hi uintptr }
			plain := map[*paraInfo]span{}
			analysisMade = func(info *paraInfo) {
				mu.Lock()
				defer mu.Unlock()
				lo := uintptr(unsafe.Pointer(unsafe.StringData(info.body)))
				plain[info] = span{lo, lo + uintptr(len(info.body))}
			}
			defer func() { analysisMade = nil }()
			coded, viewing := 0, 0
			var kept []string
			loadMerged = func(*termMaker, *merger) {
				runtime.GC()
				mu.Lock()
				defer mu.Unlock()
				for info, sp := range plain {
					if !info.is(fCoded) {
						continue
					}
					coded++
					eachHeldString(reflect.ValueOf(info), func(s string) {
						p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
						if len(s) > 0 && p >= sp.lo && p < sp.hi {
							viewing++
							if len(kept) < 3 {
								kept = append(kept, s)
							}
						}
					})
				}
			}
			defer func() { loadMerged = nil }()
			// One worker: the files after the first are parsed once the
			// vocabulary is made, not beside the first.
			c, err := LoadDir(context.Background(), dir, Options{Workers: 1})
			if err != nil {
				t.Skip(err) // not a corpus
			}
			total += coded
			if viewing > 0 {
				t.Errorf("%d strings of %d coded analyses view the text they were read from (%q)", viewing, coded, kept)
			}
			runtime.KeepAlive(c)
		})
	}
	t.Logf("%d analyses coded during the parse", total)
	if total < 100 {
		t.Errorf("%d analyses coded during the parse over %d corpora: the test checks too little", total, len(dirs))
	}
}

// eachHeldString calls f with every string reachable from v through
// structs, pointers, slices, arrays and interfaces, reading unexported
// fields too; a paragraph's successor (paraInfo.succ) is another
// analysis, not its own, and is not followed.
func eachHeldString(v reflect.Value, f func(string)) {
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			f(v.String())
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[paraSucc]() {
				return
			}
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		}
	}
	walk(v)
}

// TestEachHeldStringFindsViews: the walker above sees a string held in a
// paraInfo's nested parts (a later subject's evidence), so the test above
// can fail.
func TestEachHeldStringFindsViews(t *testing.T) {
	text := "Kenya argued that Chile agreed."
	info := &paraInfo{body: text}
	info.getMore().later = []sentSubject{{country: "Chile", evidence: text[18:23]}}
	found := false
	eachHeldString(reflect.ValueOf(info), func(s string) {
		if unsafe.StringData(s) == unsafe.StringData(text[18:]) {
			found = true
		}
	})
	if !found {
		t.Fatal("the walker missed a view of the text held in paraMore.later")
	}
}
