package corpus

import (
	"context"
	"testing"
)

// TestReportPages: shapes of reports of meetings and of summaries, found
// by loading pages written apart from the rules (UN meetings coverage in
// English, Spanish and French, chairs' summaries, national statements),
// with countries that are not in the seeds. Each case lists every
// statement the page must give, in order; a mirror keeps today's reading.
func TestReportPages(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held // a prefix ending in "$" is the whole text
	}{
		{"Spanish and French coverage: the role noun before de/du names the speaker", `El representante de Costa Rica dijo que el derecho internacional humanitario se aplica a las operaciones cibernéticas.

La representante de Colombia señaló que la creación de capacidades debe responder a las necesidades de los países en desarrollo.

La représentante de la Côte d'Ivoire a déclaré que son pays a adopté une stratégie nationale de cybersécurité en 2021.

Le représentant du Sénégal a souligné l'importance de la coopération régionale. Il a ajouté que la Convention de Malabo était un cadre utile.
`, []held{{"Costa Rica", "El representante de Costa Rica"}, {"Colombia", "La representante de Colombia"},
			{"Côte d'Ivoire", "La représentante de la Côte"}, {"Senegal", "Le représentant du Sénégal"}}},

		{"coverage under one delegation's heading: the next speaker is not the heading's", `Intervención de la delegación de Bolivia

Bolivia rechaza la militarización del ciberespacio y aboga por un instrumento jurídicamente vinculante.

Asimismo, considera que la brecha digital debe cerrarse mediante la transferencia de tecnología.

La représentante de la Côte d'Ivoire a déclaré que son pays a adopté une stratégie nationale en 2021.
`, []held{{"Bolivia", "Bolivia rechaza"}, {"Bolivia", "Asimismo"}, {"Côte d'Ivoire", "La représentante"}}},

		{"mirror: a national statement answering a delegation it names keeps the paragraph", `Statement by the Permanent Representative of Uruguay

Uruguay considers that international law applies in full to the use of ICTs.

The representative of Paraguay said yesterday that a new treaty is urgently needed. We cannot share that view.
`, []held{{"Uruguay", "Uruguay considers"}, {"Uruguay", "The representative of Paraguay said yesterday"}}},

		{"mirror: Spanish 'de' after a noun that is no spokesperson does not make a subject", `Uruguay apoya un programa de acción.

La cooperación de Chile con la región ha sido ejemplar, según la delegación.
`, []held{{"Uruguay", "Uruguay apoya"}, {"Uruguay", "La cooperación de Chile"}}},

		{"companies, civil society and organisations are no country, nor the previous speaker", `The representative of Mongolia said his country had adopted a cybersecurity law in 2021.

A representative of Microsoft said that industry stands ready to contribute to the mechanism's thematic groups.

Access Now, speaking on behalf of a coalition of civil society organisations, urged States to include human rights safeguards.

The observer for the International Committee of the Red Cross stressed that international humanitarian law limits cyber operations.

La représentante de l'Union internationale des télécommunications a déclaré que l'Union soutient le renforcement des capacités.

The representative of Botswana said that international humanitarian law applies to cyber operations.
`, []held{{"Mongolia", "The representative of Mongolia"}, {"Botswana", "The representative of Botswana"}}},

		{"mirror: a country speaking on behalf of a group, and an official of the block's country, keep their holders", `Nigeria, speaking on behalf of the African Group, said that capacity-building must be demand-driven.

Mongolia supports a permanent mechanism. The representative of the national CERT said the team had handled 3,000 incidents, and Mongolia would share its experience.
`, []held{{"Nigeria", "Nigeria, speaking"}, {"Mongolia", "Mongolia supports"}}},

		{"a summary quoting several countries in one paragraph gives each its own words", `Kazakhstan and Kyrgyzstan supported a single-track mechanism, while Tajikistan opposed any thematic groups. Ecuador called for a dedicated fund.

Several delegations, including Malawi and Zambia, stressed the need for predictable resources. Others, notably Switzerland, cautioned against duplicating existing processes.
`, []held{{"Kazakhstan", "Kazakhstan and Kyrgyzstan supported a single-track mechanism.$"}, {"Kyrgyzstan", "Kazakhstan and Kyrgyzstan"},
			{"Tajikistan", "Tajikistan opposed"}, {"Ecuador", "Ecuador called"},
			{"Malawi", "Several delegations, including Malawi and Zambia, stressed the need for predictable resources.$"}, {"Zambia", "Several delegations"},
			{"Switzerland", "Others, notably Switzerland"}}},

		{"a country's sentence followed by unnamed delegations: theirs is nobody's", `Fiji called for a dedicated capacity-building fund. Other delegations opposed any new fund.
`, []held{{"Fiji", "Fiji called for a dedicated capacity-building fund.$"}}},

		{"mirror: a country welcoming another's proposal holds it; a pronoun goes on", `Canada welcomed Mexico's proposal on a stakeholder accreditation mechanism. It said that non-governmental organisations should attend the plenary.
`, []held{{"Canada", "Canada welcomed Mexico's proposal on a stakeholder accreditation mechanism. It said"}}},

		{"a joint statement's signatories listed after 'on behalf of the following States:' each hold it", `Joint Statement on Protecting Health-Care Facilities from Malicious Cyber Activity

Delivered by Norway on behalf of the following 5 States: Albania, Andorra, Iceland, Norway and the United Kingdom.

We are deeply concerned by the growing number of ransomware attacks against hospitals.

In my national capacity, Norway will fund a new programme on hospital cyber resilience.
`, []held{{"Norway", "We are deeply"}, {"Albania", "We are deeply"}, {"Andorra", "We are deeply"}, {"Iceland", "We are deeply"},
			{"United Kingdom", "We are deeply"}, {"Norway", "In my national capacity"}}},

		{"French: the signatories after 'au nom des États suivants :'", `Déclaration conjointe sur la sécurité des câbles sous-marins

Prononcée par la France au nom des États suivants : Bénin, France, Gabon et Sénégal.

Nous appelons tous les États à protéger les câbles sous-marins.
`, []held{{"France", "Nous appelons"}, {"Benin", "Nous appelons"}, {"Gabon", "Nous appelons"}, {"Senegal", "Nous appelons"}}},

		{"mirror: 'on behalf of' in running text with a colon later is no list", `Fiji spoke on behalf of small island States and added one point: capacity-building must be sustained over many years, not months.
`, []held{{"Fiji", "Fiji spoke on behalf"}}},

		{"a page converted from PDF: footnote markers, hyphenation, a page break, the footnotes", `Submission of Viet Nam to the Open-ended Working
Group pursuant to resolution 75/240

1. Viet Nam supports the continued work of the OEWG as the sole
inclusive and transparent mechanism under the auspices of the Uni-
ted Nations for discussions on ICT security.1

2. Viet Nam reaffirms that the principles of sovereignty, non-in-
terference in internal affairs and the peaceful settlement of dis-
putes apply to State conduct in cyberspace. Capacity-building is a priority for developing

Page 2 of 4

A/AC.292/2024/SUB/VNM
countries, which should not be subject to political conditions.²

3. Viet Nam stresses the peace-
keeping role of the United Nations in version 2.1 of the text.

______________
1 See General Assembly resolution 75/240 of 31 December
2020.
2 See the final report of the OEWG (A/75/816), para. 56.
`, []held{{"Vietnam", "Viet Nam supports the continued work of the OEWG as the sole inclusive and transparent mechanism under the auspices of the United Nations for discussions on ICT security.$"},
			{"Vietnam", "Viet Nam reaffirms that the principles of sovereignty, non-interference in internal affairs and the peaceful settlement of disputes apply to State conduct in cyberspace. Capacity-building is a priority for developing countries, which should not be subject to political conditions.$"},
			{"Vietnam", "Viet Nam stresses the peace-keeping role of the United Nations in version 2.1 of the text.$"}}},

		{"mirror: numbered paragraphs and a year on a line of its own are text, not footnotes or page numbers", `Tonga adopted its first national cybersecurity strategy in
2024
and created a national CERT.

1 January 2025 marked the entry into force of its cybercrime act, which Tonga considers a model for the region.

Tonga also supports a dedicated fund.
`, []held{{"Tonga", "Tonga adopted its first national cybersecurity strategy in 2024 and created a national CERT.$"},
			{"Tonga", "1 January 2025 marked"}, {"Tonga", "Tonga also supports"}}},

		{"an HTML export: blocks are paragraphs, a heading names the group, tags and entities go", `<!DOCTYPE html>
<html><head><title>CARICOM statement</title><style>p { color: red }</style></head>
<body>
<h1>Statement by Jamaica on behalf of the Bahamas, Barbados and Jamaica</h1>
<p>Mr. Chair,</p>
<p>Our States reiterate that capacity&#8209;building is the cornerstone of an <b>inclusive</b> cyberspace &amp; of resilience.</p>
<p>In my national capacity, Jamaica wishes to highlight the launch of its national
cyber incident response team in 2023.</p>
<table><tr><th>Country</th><th>Position</th></tr><tr><td>Barbados</td><td>Supports a fund</td></tr></table>
</body></html>
`, []held{{"Jamaica", "Our States reiterate that capacity‑building is the cornerstone of an inclusive cyberspace & of resilience.$"},
			{"Bahamas", "Our States"}, {"Barbados", "Our States"},
			{"Jamaica", "In my national capacity, Jamaica wishes to highlight the launch of its national cyber incident response team in 2023.$"},
			{"Barbados", "Barbados — Position: Supports a fund"}}},

		{"mirror: a text page with angle brackets is read as text", `<Draft> Lesotho supports a fund for States with < 5% of the world's CERT capacity.
`, []held{{"Lesotho", "<Draft> Lesotho supports"}}},

		{"the countries aligning themselves with an EU statement: procedure, and no holders of the EU's words", `EU Statement – UN Open-Ended Working Group on ICT – Capacity-building

I have the honour to speak on behalf of the European Union and its Member States.

The Candidate Countries Montenegro and Albania, and the EFTA country Iceland, align themselves with this statement.

The EU and its Member States are committed to supporting partner countries in strengthening their cyber resilience.
`, []held{{"European Union", "I have the honour"}, {"European Union", "The EU and its"}}},

		{"mirror: a country welcoming an alignment elsewhere aligns no one", `Iceland welcomed the decision of several States to align themselves with the Programme of Action.
`, []held{{"Iceland", "Iceland welcomed"}}},

		{"mirror: a delegation aligning itself with a group's statement makes no member of the group a holder", `Statement by H.E. Ambassador Carolina Méndez, Permanent Representative of Uruguay

Allow me to begin by congratulating you. My delegation aligns itself with the statement delivered on behalf of the Group of 77 and China.

Uruguay considers that international law applies in its entirety to the use of ICTs by States.
`, []held{{"Uruguay", "Allow me to begin"}, {"Uruguay", "Uruguay considers"}}},

		{"Spanish and French summaries: '…, mientras que X se opuso', 'D'autres, notamment …' are cut", `Honduras y Guatemala apoyaron un mecanismo único, mientras que Panamá se opuso a los grupos temáticos.

Plusieurs délégations, dont le Niger et le Tchad, ont souligné l'importance des capacités. D'autres, notamment la Suisse, ont mis en garde contre les doublons.

Le Cameroun et le Gabon ont appuyé la création d'un fonds, tandis que le Maroc s'y est opposé.
`, []held{{"Honduras", "Honduras y Guatemala apoyaron un mecanismo único.$"}, {"Guatemala", "Honduras y Guatemala"}, {"Panama", "Panamá se opuso"},
			{"Niger", "Plusieurs délégations, dont le Niger et le Tchad, ont souligné l'importance des capacités.$"}, {"Chad", "Plusieurs"},
			{"Switzerland", "D'autres, notamment la Suisse"},
			{"Cameroon", "Le Cameroun et le Gabon ont appuyé la création d'un fonds.$"}, {"Gabon", "Le Cameroun"}, {"Morocco", "le Maroc s'y est opposé."}}},

		{"what a speaker says another country did is the speaker's ('…, she noted')", `The representative of Timor-Leste said that her country welcomed regional cooperation. Indonesia had supported Timor-Leste's accession from the start, she noted.

The representative of Fiji said that his country welcomed the fund. Tonga and Samoa had contributed to it, he added.

La représentante du Bénin a déclaré que son pays soutient le fonds. Le Togo y a contribué, a-t-elle ajouté.
`, []held{{"Timor-Leste", "The representative of Timor-Leste said that her country welcomed regional cooperation. Indonesia had supported Timor-Leste's accession from the start, she noted.$"},
			{"Fiji", "The representative of Fiji said that his country welcomed the fund. Tonga and Samoa had contributed to it, he added.$"},
			{"Benin", "La représentante du Bénin a déclaré que son pays soutient le fonds. Le Togo y a contribué, a-t-elle ajouté.$"}}},

		{"mirror: a comparison without an aside is still cut between countries", `Fiji has adopted a national strategy. Tonga, by contrast, has none.
`, []held{{"Fiji", "Fiji has adopted a national strategy.$"}, {"Tonga", "Tonga, by contrast"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, tt.page, tt.want)
		})
	}
}

// TestReportsCorpus: every paragraph of testdata/reports (reports of
// meetings, statements, summaries, a PDF conversion, an HTML export, other
// encodings; see its -expected.tsv) is held by the countries the expected
// file gives, and nothing else is a statement. A holder "-" means no
// statement may start with those words, "A;B" one statement per holder.
func TestReportsCorpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/reports", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/reports-expected.tsv", nil)
}
