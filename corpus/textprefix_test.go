package corpus

import (
	"strings"
	"testing"
)

// TestTextPrefix: a coded paragraph's prefix (parseCoder.textPrefix) is
// its text's first bytes, at least textPrefixLen of them or the whole
// text, for every paragraph of the repository's corpora (half of them
// outside the vocabulary, so coded with literals), and the openings the
// parse reads from a prefix (twoPartiesOpening, mayOutsideVoice) are
// found in the prefix of every text they are found in.
func TestTextPrefix(t *testing.T) {
	paras := repoParagraphs(t)
	paras = append(paras, "", "a", "The two sides agreed.", "In our view, the proposal fails.",
		strings.Repeat("Averyveryverylongwordthatgoesonandonandonandonandonandonandonandon", 3)+" and more",
		"Les deux chefs d'État ont convenu de poursuivre le dialogue.", "We asked the ministry for comment.")
	vocab := paras[:len(paras)/2]
	codec, ranks := buildTextCodec(len(vocab), func(i int) string { return vocab[i] })
	pc := newParseCoder()
	pc.codec.Store(&liveCodec{c: codec, ids: ranks})
	var buf [textPrefixLen + 16]byte
	for _, p := range paras {
		info := &paraInfo{body: string(appendEncoded(nil, ranks, p))}
		info.set(fCoded, true)
		if got := pc.textOf(info); got != p {
			t.Fatalf("textOf = %q, want %q", got, p)
		}
		pre := pc.textPrefix(info, &buf)
		if !strings.HasPrefix(p, pre) || len(pre) < min(len(p), textPrefixLen) {
			t.Errorf("textPrefix of %q = %q", p, pre)
		}
		if twoPartiesOpening(p) && !twoPartiesOpening(pre) {
			t.Errorf("%q opens with both parties, its prefix %q does not", p, pre)
		}
		if j, v := outsideVoice(p); (j || v) && !mayOutsideVoice(pre) {
			t.Errorf("%q opens with an outside voice, its prefix %q does not", p, pre)
		}
		if plain := (&paraInfo{body: p}); pc.textPrefix(plain, &buf) != p {
			t.Errorf("an uncoded paragraph's prefix is not its text: %q", p)
		}
	}
}

// TestMayBehalfPrefilters: mayBehalf's two-stage search answers as the
// five searches it stands for, on every paragraph of the repository's
// corpora and the phrases themselves.
func TestMayBehalfPrefilters(t *testing.T) {
	paras := append(repoParagraphs(t), "on behalf of", "en nombre de", "au nom de", "Au nom du", "En nombre", "economic autonomy",
		"nombre", "au nom", "Au nom", "En nombre de la", "Behalf", "")
	for _, p := range paras {
		want := strings.Contains(p, "behalf") || strings.Contains(p, "nombre de") || strings.Contains(p, "au nom d") ||
			strings.Contains(p, "Au nom d") || strings.Contains(p, "En nombre")
		if got := mayBehalf(p); got != want {
			t.Errorf("mayBehalf(%q) = %v, want %v", p, got, want)
		}
	}
}
