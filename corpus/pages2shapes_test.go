package corpus

import (
	"strings"
	"testing"
)

// TestPages2Shapes: the page shapes testdata/pages2 found attributed to
// the wrong holder, to nobody, or mangled, each with its mirror (the
// reading that must not change). Each case lists every statement the page
// gives, in order; a prefix ending in "$" is the whole text.
func TestPages2Shapes(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"Markdown emphasis hides no item's label; a quotation marker and a link's address go", `- **Nauru** – supports a permanent mechanism.
- **Tuvalu** – has made no public statement on attribution.
* _Kiribati_ — favours a voluntary fund.

> The EU stands ready to use its *cyber diplomacy toolbox*, as set out [in its conclusions](https://example.org/c).
`, []held{{"Nauru", "Nauru – supports a permanent mechanism.$"}, {"Tuvalu", "Tuvalu – has made"}, {"Kiribati", "Kiribati — favours a voluntary fund.$"},
			{"European Union", "The EU stands ready to use its cyber diplomacy toolbox, as set out in its conclusions.$"}}},

		{"mirror: an asterisk or underscore inside a word or between spaces stays", `Tonga reports 5 * 3 incidents a day in its file cert_log_2025 and a rate of 2*3 per hour*.
`, []held{{"Tonga", "Tonga reports 5 * 3 incidents a day in its file cert_log_2025 and a rate of 2*3 per hour*.$"}}},

		{"a press release names each speaker with the country in brackets", `ABDOU DIALLO (Gambia), speaking on behalf of the Economic Community of West African States, said that the region needed a cybercrime court.

He went on to say that the Community had adopted a directive in 2011.

MARÍA ELENA PONCE (Honduras) said her country supported a dedicated fund.

Kalani Ahiga (Nauru), noting the risks to submarine cables, called for their protection.
`, []held{{"Gambia", "ABDOU DIALLO (Gambia)"}, {"Gambia", "He went on"}, {"Honduras", "MARÍA ELENA PONCE (Honduras)"}, {"Nauru", "Kalani Ahiga (Nauru)"}}},

		{"mirror: an organ or a group named with a bracket is no speaker", `The representative of Nauru said the fund was welcome.

The First Committee (Disarmament and International Security) continued its debate.

Two States (Tonga) asked for more time.

Several delegations (Tonga, Palau) supported the fund.
`, []held{{"Nauru", "The representative of Nauru"}, {"Tonga", "Two States (Tonga)"}, {"Tonga", "Several delegations"}, {"Palau", "Several delegations"}}},

		{"a record's note of who presides is procedure, and ends the turn before it", `Mr. Hamid (Comoros): The Comoros supports the fund.

Ms. Dime Labille (Benin), Vice-Chair, took the Chair.

We have heard the last speaker.

M. Diallo (Guinée), Vice-Président, assume la présidence.

Mr. Kaba (Guinea), Chair, returned to the Chair.

The First Committee will reconvene at 10 a.m. tomorrow.
`, []held{{"Comoros", "Mr. Hamid (Comoros)"}}},

		{"Spanish and French records: titles, the presiding officer, the opening and closing", `Presidente: Sr. Kaba ................................ (Guinea)

Se abre la sesión a las 15.05 horas.

El Presidente (habla en francés): Tiene la palabra el representante del Paraguay.

Sr. Ríos (Paraguay): Mi delegación apoya un fondo voluntario.

Sra. Rodríguez (República Dominicana): Apoyamos un programa de acción.

Le Président : Je donne la parole à la représentante de la Tunisie.

Mme Ben Salem (Tunisie) (parle en arabe) : Nous avons adopté une loi en 2025.

La séance est levée à 13 heures.
`, []held{{"Paraguay", "Sr. Ríos (Paraguay)"}, {"Dominican Republic", "Sra. Rodríguez"}, {"Tunisia", "Mme Ben Salem"}}},

		{"a summary on one line reports each speaker in turn, also past a split for length", strings.Repeat("The representative of Palau said that small island States needed support for their national incident response teams and their submarine cables. ", 35) +
			"The representative of Nauru said that the fund should be voluntary.\n",
			[]held{{"Palau", "The representative of Palau"}, {"Palau", "The representative of Palau"}, {"Nauru", "The representative of Nauru said that the fund should be voluntary.$"}}},

		{"mirror: a report of another delegation inside a country's own words stays the country's", `Uruguay supports a programme of action. The representative of Paraguay said yesterday that a treaty is needed. We cannot share that view.
`, []held{{"Uruguay", "Uruguay supports a programme of action. The representative of Paraguay said yesterday"}}},

		{"signatories listed after the text each hold it; the list is no statement", `Joint Statement on Submarine Cables

We, the undersigned States, call on all States to protect submarine cables.

We commit to sharing information on threats to them.

This statement is endorsed by the following States:
Nauru, Palau and Tuvalu.
`, []held{{"Nauru", "We, the undersigned"}, {"Palau", "We, the undersigned"}, {"Tuvalu", "We, the undersigned"},
			{"Nauru", "We commit"}, {"Palau", "We commit"}, {"Tuvalu", "We commit"}}},

		{"mirror: a country's proposal supported by others, in running text, stays a statement", `Kiribati proposed a fund. Kiribati's proposal was supported by: Nauru, Palau and Tuvalu.
`, []held{{"Kiribati", "Kiribati proposed a fund. Kiribati's proposal was supported by: Nauru, Palau and Tuvalu.$"}}},

		{"a right of reply is its author's, whoever it answers", `Right of reply of the Republic of Palau

The Republic of Nauru claimed yesterday that our registry had been used for attacks.

Nauru has offered no evidence for this claim.
`, []held{{"Palau", "The Republic of Nauru claimed"}, {"Palau", "Nauru has offered"}}},

		{"closing thanks and a bare national-capacity announcement are no statements", `Statement by the Delegation of Tuvalu

Tuvalu supports the fund.

I now speak in my national capacity.

I thank you, Mr. President.

Muchas gracias, señor Presidente.
`, []held{{"Tuvalu", "Tuvalu supports the fund.$"}}},

		{"mirror: a sentence of thanks that says something is kept", `Tuvalu supports the fund.

Thank you, Chair, for your leadership on capacity-building, which Tuvalu values.
`, []held{{"Tuvalu", "Tuvalu supports"}, {"Tuvalu", "Thank you, Chair, for your leadership"}}},

		{"a quotation opening a paragraph is its speaker's, named after it", `The representative of Nauru said that training in French was scarce.

« Nous ne pouvons pas protéger nos réseaux avec des formations que nos techniciens ne comprennent pas », a déclaré l'ambassadeur du Niger.

“We will not accept it,” said the representative of Chad.

The fund was welcomed by many, he added.
`, []held{{"Nauru", "The representative of Nauru"}, {"Niger", "« Nous ne pouvons pas"}, {"Chad", "“We will not accept it,”"}, {"Nauru", "The fund was welcomed"}}},

		{"a group of States speaking in prose: its deliverer, or nobody, never the speaker before", `The representative of Nauru said the fund was welcome.

The African Group, in a statement delivered by Egypt, called for a binding instrument.

The Association of Southeast Asian Nations, speaking through its chair, recalled its regional checklist.

The Group of 77 and China stressed technology transfer.
`, []held{{"Nauru", "The representative of Nauru"}, {"Egypt", "The African Group"}}},

		{"mirror: a group named as object or possessive leaves the sentence its country's", `Nauru supports the fund.

The African Group's proposal, which Nauru co-sponsored, deserves support.

Palau, speaking on behalf of the Pacific Islands Forum, said the region needed cables.
`, []held{{"Nauru", "Nauru supports"}, {"Nauru", "The African Group's proposal"}, {"Palau", "Palau, speaking"}}},

		{"in a joint statement, the group's unnamed members are the signatories, and 'his national capacity' ends it", `Statement by Fiji on behalf of Fiji, Palau and Tonga

The Forum members call for a dedicated fund for small island States.

The Group stresses the need for capacity.

The Ambassador then spoke in his national capacity.

Fiji has adopted a national strategy.
`, []held{{"Fiji", "The Forum members"}, {"Palau", "The Forum members"}, {"Tonga", "The Forum members"},
			{"Fiji", "The Group stresses"}, {"Palau", "The Group stresses"}, {"Tonga", "The Group stresses"}, {"Fiji", "Fiji has adopted"}}},

		{"mirror: a summary's unnamed delegations are still nobody's", `Fiji called for a fund.

Some delegations opposed any new fund.
`, []held{{"Fiji", "Fiji called"}}},

		{"a table laid out with spaces is read by its columns, an empty cell keeping its place", "Annex: positions\n\nCountry      Binding treaty     Attribution           Strategy\nNauru        Supports           No public position    2020\nPalau                           Supports naming       2019\nTuvalu       Opposes\n\nSource: statements of 2025.\n",
			[]held{{"Nauru", "Nauru — Binding treaty: Supports; Attribution: No public position; Strategy: 2020.$"},
				{"Palau", "Palau — Attribution: Supports naming; Strategy: 2019.$"}, {"Tuvalu", "Tuvalu — Binding treaty: Opposes.$"}}},

		{"mirror: prose with double spaces and a title over a sentence are no table", "Tonga supports the fund.  Samoa opposes it.\n\nPositions  at a glance\n\nFiji supports  a fund for small island States.\n",
			[]held{{"Tonga", "Tonga supports the fund.$"}, {"Samoa", "Samoa opposes it.$"}, {"Fiji", "Fiji supports a fund for small island States.$"}}},

		{"Spanish and French: a group of States speaking is its deliverer's, or nobody's", `Le représentant du Togo a dit que le fonds était utile.

Le Groupe africain, par la voix de l'Égypte, a demandé un instrument contraignant.

Le Groupe des 77 et la Chine a souligné le transfert de technologie.

El representante de Nicaragua dijo que las medidas coercitivas unilaterales obstaculizan el desarrollo.

La Alianza Bolivariana rechaza la militarización del ciberespacio.
`, []held{{"Togo", "Le représentant du Togo"}, {"Egypt", "Le Groupe africain"}, {"Nicaragua", "El representante de Nicaragua"}}},

		{"mirror: a Spanish or French country after an article is no group", `La Tunisie a adopté une loi en 2025.

El Salvador apoya un fondo voluntario.
`, []held{{"Tunisia", "La Tunisie"}, {"El Salvador", "El Salvador apoya"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, tt.page, tt.want)
		})
	}
}
