package corpus

import (
	"context"
	"strings"
	"testing"
)

// TestPageDate reads a page's date from its opening lines in the shapes
// pages give it (dateline, byline, publication line, date alone, a
// delivery line ending with the date), in English, Spanish and French,
// and never from a body sentence, a span of an event in a sentence, a
// list item or a note.
func TestPageDate(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		// Publication lines and bylines.
		{"Day three at the OEWG: capacity building\n\nPosted by Thandiwe Moyo on 12 March 2026 · 6 min read\n\nThe third day …", "2026-03-12"},
		{"Publié le 15 mars 2026 par Aminata Diallo\n\nLe Sénégal a rappelé …", "2026-03-15"},
		{"Por Laura Méndez | Diario Digital | 20 de mayo de 2026\n\nEl Gobierno de Chile …", "2026-05-20"},
		{"Analyse\n\nPar notre correspondante — publié le 3 septembre 2025\n\nLa Tunisie …", "2025-09-03"},
		{"Por la redacción — 5 de noviembre de 2025\n\nLa Argentina …", "2025-11-05"},
		{"# Tracker: positions on a legally binding instrument (updated 1 April 2026)\n\n## Kenya", "2026-04-01"},
		{"Published 30 January 2025\n\nOur research found …", "2025-01-30"},
		{"Published: 2025\n\nKenya supports …", "2025"},
		{"Publicado el 12 de marzo del 2026\n\nMéxico …", "2026-03-12"},
		{"Fecha: 7 de abril de 2026\n\nEl Perú …", "2026-04-07"},
		{"Mis à jour le 1er avril 2026\n\nLa France …", "2026-04-01"},
		{"Date de publication : 25/03/2026\n\nLe Maroc …", "2026-03-25"},
		{"Last updated March 2026. Positions are summarised from national statements.\n\nKenya", "2026-03"},
		{"Date: March 12, 2026\n\nKenya …", "2026-03-12"},
		{"Dated 2026-02-03\n\nKenya …", "2026-02-03"},
		{"Speech: Minister of State for Security\nDelivered in Manchester on 8 May 2025.\n\nThank you.", "2025-05-08"},
		{"Analysis, Prague Security Review, 3 July 2025\n\nFew governments …", "2025-07-03"},
		{"**Published:** 12 Mar 2026\n\nKenya …", "2026-03-12"},
		{"Dernière mise à jour : mars 2026\n\nLe Mali …", "2026-03"},
		// Datelines.
		{"GENEVA, 10 June 2026 — Several delegations at an annual cyber stability conference said …", "2026-06-10"},
		{"MALABO, 12 de marzo de 2026 — Guinea Ecuatorial y Camerún acordaron …", "2026-03-12"},
		{"KINSHASA, 8 avril 2026 (AFP) - La République démocratique du Congo a accusé …", "2026-04-08"},
		{"Headline\n\nWASHINGTON, March 12, 2026 – The United States said …", "2026-03-12"},
		{"ZAGREB, 2 April 2026 (wire)\n\nCroatia and Slovenia …", "2026-04-02"},
		{"Tehran, 14 January 2026\n\nIn the name of God …", "2026-01-14"},
		{"Comunicado\n\nWashington, D.C., 22 de octubre de 2025\n\nLos Estados …", "2025-10-22"},
		{"Kinshasa, le 15 mai 2025\n\nLe Gouvernement …", "2025-05-15"},
		{"Nouakchott, 1er octobre 2024\n\nLa Mauritanie …", "2024-10-01"},
		{"Lomé, 3 et 4 juin 2025\n\nLes délégations …", "2025-06"},
		{"Summary of the Expert Meeting\n\nLibreville, 22–23 April 2026\n\nGabon …", "2026-04"},
		// A date alone, a delivery or meeting line ending with the date.
		{"Thursday, 9 April 2026\n\nKenya …", "2026-04-09"},
		{"HOUSE OF ASSEMBLY\n\nTuesday, 17 February 2026\n\nThe House met at 10 a.m.", "2026-02-17"},
		{"United Nations\tA/AC.294/2026/PV.3\n\nWednesday, 11 March 2026, 10 a.m.\n\nThe meeting was called to order.", "2026-03-11"},
		{"jueves 9 de abril de 2026\n\nEl Ecuador …", "2026-04-09"},
		{"March 2026\n\nNational statement …", "2026-03"},
		{"Statement by the delegation of the Republic of Belarus\nat the session of the Ad Hoc Committee, Vienna, 9 February 2026\n\nUnofficial translation", "2026-02-09"},
		{"Joint Statement\n\nDelivered by Czechia on behalf of a cross-regional group of States at the Human Rights Council, 58th session, 20 March 2026\n\nMr. President,", "2026-03-20"},
		{"Cyber policy atlas: country notes, January 2026\n\nSuriname …", "2026-01"},
		{"Ministerio de Gobernación, Ciudad de Guatemala, 9 de febrero de 2024\n\nGuatemala …", "2024-02-09"},
		{"The 12th of March 2026\n\nKenya …", "2026-03-12"},
		{"12th March 2026\n\nKenya …", "2026-03-12"},
		{"03/25/2026\n\nKenya …", "2026-03-25"},
		{"SOFÍA, 4 DE NOVIEMBRE DE 2024 — Bulgaria …", "2024-11-04"},
		{"Jeudi 15 janvier 2026\n\nLa Côte d'Ivoire …", "2026-01-15"},
		{"Cyber Policy Portal: country profiles (extracts), updated 2024\n\nKenya …", "2024"},
		{"Mombasa, 22-24 April 2025\n\nKenya …", "2025-04"},
		{"Tunis, le jeudi 19 mars 2026\n\nLa Tunisie …", "2026-03-19"},
		{"Sesión núm. 14, celebrada el miércoles 11 de febrero de 2026\n\nEl señor PRESIDENTE …", "2026-02-11"},
		{"Tenue à Libreville, le mardi 17 février 2026, à 10 heures\n\nLe Gabon …", "2026-02-17"},
		{"Volume 772: debated on Wednesday 25 March 2026\n\nMr Speaker …", "2026-03-25"},
		{"Colombo, 4 June 2026. Sri Lanka was among the first States to sign the Convention.", "2026-06-04"},
		{"Vienna, 2-3 February 2026\n\nAustria …", "2026-02"},

		// Not the page's date.
		{"On 12 March 2026 the OEWG adopted its report by consensus.\n\nKenya …", ""},
		{"Kenya welcomed the 2025 report and aims to train 10,000 specialists by 2030.", ""},
		{"In March 2026, Kenya said that …", ""},
		{"The workshop, held in Lomé, 3–4 June 2025, brought together experts from twelve States.", ""},
		{"In Geneva, 3–4 June 2025 — delegates met to discuss …", ""},
		{"Kenya, on 12 March 2026, said that …", ""},
		{"Open-ended working group on security of and in the use of ICTs 2021–2025\n\nKenya …", ""},
		{"National Cybersecurity Strategy (2025-2030)\n\nOman …", ""},
		{"Comunicado de prensa núm. 47-2025\n\nLa República Dominicana …", ""},
		{"Briefing note (prepared for the OEWG informal consultations, March 2025)\n\nKenya …", ""},
		{"Open-ended working group, eleventh substantive session, 2025\n\nSaint Vincent …", ""},
		{"BELGRADE, May 4 (Balkan Wire) - Serbia on Monday blamed hackers …", ""},
		{"12/03/2026\n\nKenya …", ""},
		{"31 April 2026\n\nKenya …", ""},
		{"29 February 2026\n\nKenya …", ""},
		{"2026-13-01\n\nKenya …", ""},
		{"- 12 March 2026: Kenya submitted its position\n- 3 April 2026: Ghana …", ""},
		{"Timeline\n\n12 March 2026 — Kenya submitted its position paper.", ""},
		{"Kenya supports a mechanism.1\n\nNotes\n\nReport of the OEWG, 12 March 2026", ""},
		{"Kenya supports a mechanism.1\n\n1 Report of the OEWG, Geneva, 12 March 2026", ""},
		{"The meeting was held in Tehran, 14 January 2026.\n\nIran …", ""},
		{"Kenya's position, submitted to the open-ended working group in 2024.\n\nKenya …", ""},
		{"Le Sénégal a adopté en mars 2022 une stratégie nationale, publiée le 3 mars 2022 par le ministère.", ""},
		{"El Perú se adhirió al Convenio de Budapest el 12 de marzo de 2019 y promueve su aplicación.", ""},
		{"Published by the Ministry of Foreign Affairs\n\nKenya …", ""},
		{"Date of the meeting 12 March 2026\n\nKenya …", ""},
		{"Updated 2024 figures show that ransomware rose\n\nKenya …", ""},
		{strings.Repeat("Kenya believes that international law applies to cyberspace in its entirety. ", 25) + "\n\nGENEVA, 10 June 2026 — Several delegations …", ""},
		{"One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nSeven\n\nEight\n\nTehran, 14 January 2026", ""},
		{"BANGUI — Chad and the Central African Republic agreed on Thursday to set up a joint team.", ""},
		{"ASEAN Regional Forum Inter-Sessional Meeting on ICTs, Bandar Seri Begawan, 2025\n\nBrunei …", ""},
		{"Small States: country briefs (Island Policy Institute, 2025 edition)\n\nTuvalu …", ""},
		{"Kenya, 12 March 2026. the OEWG met", ""},
		{"Deadline for submissions: 12 March 2026\n\nKenya …", ""},
		{"30 April–2 May 2026\n\nKenya …", ""},
		{"The Convention was signed in Hanoi, 25 October 2025, and Iraq joined it.", ""},
	} {
		if got := pageDate([]byte(c.text)).String(); got != c.want {
			t.Errorf("pageDate(%q) = %q, want %q", clip(c.text, 80), got, c.want)
		}
	}
}

// TestPageDateMeta: a page's date fills in a front matter without one,
// never replaces a front matter's date, and a page without metadata gets
// a Source with its date alone (no title or publisher invented).
func TestPageDateMeta(t *testing.T) {
	text := []byte("Tehran, 14 January 2026\n\nIran …")
	if m := pageDateMeta(nil, text); m == nil || m.Date.String() != "2026-01-14" || m.Title != "" || m.Publisher != "" {
		t.Errorf("no metadata: %+v", m)
	}
	fm := &Source{Title: "Statement", Date: Date{Year: 2025}}
	if m := pageDateMeta(fm, text); m.Date.String() != "2025" {
		t.Errorf("front matter's date replaced: %+v", m)
	}
	fm = &Source{Title: "Statement"}
	if m := pageDateMeta(fm, text); m.Date.String() != "2026-01-14" || m.Title != "Statement" {
		t.Errorf("front matter without a date: %+v", m)
	}
	if m := pageDateMeta(nil, []byte("Iran supports …")); m != nil {
		t.Errorf("undated page got metadata: %+v", m)
	}
}

// TestPageDatesCorpus loads testdata/pagedates, pages of several shapes
// in English, Spanish and French, and checks every statement's date: the
// date its page's opening lines state, front matter's and sources.tsv's
// date over it, none from a body sentence; and that a page dated so gets
// no title or publisher it did not have.
func TestPageDatesCorpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/pagedates", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"100_statement_kenya":       "2026-03-10", // "New York, 10 March 2026"
		"101_news_kenya_dateline":   "2026-05-20", // "NAIROBI, 20 May 2026 (Reuters) - …"
		"102_kenya_undated_body":    "",           // "On 12 March 2024 the Government …": a sentence
		"103_blog_peru":             "2026-04-02", // "Posted by … on 2 April 2026 · 4 min read"
		"104_entrevista_peru_es":    "2026-05-20", // "Por … | … | 20 de mayo del 2026"
		"105_frontmatter_peru":      "2025-06-01", // front matter's date, not "Lima, 3 March 2026"
		"106_comunicado_mexico_es":  "2025-01-12", // "Ciudad de México, 12 de enero de 2025"
		"107_discurso_mexico_es":    "2024-11-20", // sources.tsv's date, not "Nueva York, 5 de febrero de 2026"
		"108_communique_france_fr":  "2026-04-01", // "Publié le 1er avril 2026 par …" (sources.tsv gives no date)
		"109_declaration_france_fr": "2026-02",    // "Mis à jour : février 2026"
	}
	seen := map[string]bool{}
	for i := range c.Len() {
		st := c.Meta(i)
		if len(st.Sources) != 1 {
			t.Errorf("statement %d (%s) has sources %v", i, st.Country, st.Sources)
			continue
		}
		id := st.Sources[0]
		w, ok := want[id]
		if !ok {
			t.Errorf("statement %d from unexpected source %s", i, id)
			continue
		}
		seen[id] = true
		if got := st.Date.String(); got != w {
			t.Errorf("%s: statement by %s dated %q, want %q", id, st.Country, got, w)
		}
	}
	for id := range want {
		if !seen[id] {
			t.Errorf("%s: no statement", id)
		}
	}
	if s := c.Source("101_news_kenya_dateline"); s.Title != "" || s.Publisher != "" || s.URL != "" {
		t.Errorf("a page dated by its dateline got metadata it does not state: %+v", s)
	}
	if s := c.Source("108_communique_france_fr"); s.Title == "" || s.Date.String() != "2026-04-01" {
		t.Errorf("sources.tsv's title and the page's date: %+v", s)
	}
}

// pageDateOpenings are openings of pages with and without a date, for the
// cost of pageDate.
var pageDateOpenings = [][]byte{
	[]byte("Day three at the OEWG: capacity building\n\nPosted by Thandiwe Moyo on 12 March 2026 · 6 min read\n\nThe third day of the session was given over to capacity building."),
	[]byte("Guinea Ecuatorial y Camerún firman un memorando\n\nMALABO, 12 de marzo de 2026 — Guinea Ecuatorial y Camerún acordaron este jueves crear un grupo de trabajo."),
	[]byte("Kenya's national position\n\nOn 12 March 2024 the Government of Kenya published its position, adopted in 2024 after consultations.\n\nKenya holds that international law applies."),
	[]byte("Peru stresses the need to make a\ndistinction between things.\nIn any case, Peru\nhighlights rights.\n"),
}

// TestPageDateAllocs: reading a page's opening allocates nothing.
func TestPageDateAllocs(t *testing.T) {
	for _, text := range pageDateOpenings {
		if n := testing.AllocsPerRun(20, func() { pageDate(text) }); n != 0 {
			t.Errorf("pageDate(%.40q): %.0f allocations", text, n)
		}
	}
}

func BenchmarkPageDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range pageDateOpenings {
			pageDate(text)
		}
	}
}
