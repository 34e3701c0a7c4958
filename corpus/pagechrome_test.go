package corpus

import "testing"

// TestPageChrome: a web page's furniture is told from an article's text,
// and a speaker's label from a line that merely holds a bracket.
func TestPageChrome(t *testing.T) {
	chrome := []struct {
		p         string
		end, note bool
	}{
		{"Related news Spain and Portugal hold bilateral consultations", true, false},
		{"© 2026 Ministry of Foreign Affairs. All rights reserved.", true, false},
		{"Copyright 2025 Government of Tonga", true, false},
		{"Noticias relacionadas México y Guatemala firman un acuerdo", true, false},
		{"Tous droits réservés.", true, false},
		{"Share this: Facebook Twitter LinkedIn Email Print", false, true},
		{"Tags: cyber, international law", false, true},
		{"You are here: Home > News > Statements", false, true},
		{"We use cookies to improve your experience on our website.", false, true},
		{"Vous êtes ici : Accueil > Actualités", false, true},
		{"You are receiving this email because you subscribed to Cyber Diplomacy Weekly.", true, false},
		{"Unsubscribe | Update your preferences", true, false},
		{"(Reporting by staff; editing by the news desk)", true, false},
		{"Vous recevez ce courriel car vous êtes abonné.", true, false},
		{"Hello and welcome to issue 112!", false, true},
		{"View this email in your browser", false, true},
		{"For further information please contact the Corporate Communications Unit, Ministry of Digital Transformation.", true, false},
		{"For more information, please visit www.example.gov.", true, false},
		{"Media contact: Jane Doe, +1 868 555 0100", true, false},
		{"Media enquiries should be directed to the Press Office.", true, false},
		{"Para más información, comuníquese con la Dirección de Comunicación.", true, false},
		{"Contacto de prensa: prensa@mire.gob.pa", true, false},
		{"Pour plus d'informations, contactez le service de presse.", true, false},
		{"Contact presse : presse@diplomatie.example", true, false},
		// Text, not furniture.
		{"For further information on the threats it faces, Ghana relies on its national CERT.", false, false},
		{"Para más información sobre amenazas, Chile creó su CSIRT nacional.", false, false},
		{"Pour plus d'informations sur les menaces, le Sénégal s'appuie sur son CERT.", false, false},
		{"More information sharing between CERTs is needed, Estonia said.", false, false},
		{"Contact points should be designated by every State.", false, false},
		{"To date, Portugal has not attributed any operation.", false, false},
		{"Para Chile, el derecho internacional se aplica.", false, false},
		{"Pour le Mali, la souveraineté prime.", false, false},
		{"Welcome to the era of ransomware, Estonia's minister said.", false, false},
		{"(Reported incidents rose by a third in 2025.)", false, false},
		{"We use every forum to raise the question of cookies and tracking.", false, false},
		{"Related to this, Portugal considers that due diligence applies.", false, false},
		{"All States should respect the norms.", false, false},
		{"Recent attacks on hospitals show the need for action.", false, false},
		{"Sharing information is essential, Portugal said.", false, false},
	}
	for _, tt := range chrome {
		if end, note := webChrome(tt.p); end != tt.end || note != tt.note {
			t.Errorf("webChrome(%q) = %v, %v; want %v, %v", tt.p, end, note, tt.end, tt.note)
		}
	}
	speakers := []struct {
		line string
		want bool
	}{
		{"Ms. Grech (Malta): Malta can accept the draft.", true},
		{"M. Koroma (Sierra Leone) : La Sierra Leone appuie", true},
		{"Mr. Abdullaev (Uzbekistan) (spoke in Russian): We support", true},
		{"Malta (with others) said: no.", false},
		{"the representative (Malta): no", false},
		{"Informal consultations on the rules of procedure", false},
	}
	for _, tt := range speakers {
		if got := speakerLine([]byte(tt.line)); got != tt.want {
			t.Errorf("speakerLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestPDFNamesAndFurniture: a name cut by a line's end loses the hyphen
// that only marks the break, a compound keeps its own, and a verbatim
// record's job number and page fraction are page furniture.
func TestPDFNamesAndFurniture(t *testing.T) {
	hyphens := []struct {
		cur, line string
		drop      bool
	}{
		{"Ms. Tsend (Mon-", "golia): Mongolia supports", true},
		{"Bosnia and Herze-", "govina aligns itself", true},
		{"the peaceful settlement of dis-", "putes apply", true},
		{"Anti-", "terrorism measures", false},
		{"Self-", "defence applies", false},
		{"Mr. Embaló (Guinea-", "Bissau): We thank", false},
		{"capacity-", "building is a priority", false},
	}
	for _, tt := range hyphens {
		if got := dehyphenate([]byte(tt.cur), []byte(tt.line)); got != tt.drop {
			t.Errorf("dehyphenate(%q, %q) = %v, want %v", tt.cur, tt.line, got, tt.drop)
		}
	}
	furniture := []struct {
		line string
		want bool
	}{
		{"26-04518 3/14", true},
		{"2/14 26-04518", true},
		{"26-04518 (E)", true},
		{"A/AC.301/PV.7 10/03/2026", true},
		{"26 States voted in favour", false},
		{"1/2 of the budget", false},
		{"2026-2030 strategy", false},
	}
	for _, tt := range furniture {
		if got := pageFurniture([]byte(tt.line)); got != tt.want {
			t.Errorf("pageFurniture(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestFrenchAlignmentAndSuperscripts: a French EU statement's alignment
// paragraph is procedure (its search had looked for the Spanish word
// only), and footnotes numbered with superscript digits are footnotes.
func TestFrenchAlignmentAndSuperscripts(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"Les pays candidats, la Macédoine du Nord, le Monténégro et l'Albanie, s'associent à cette déclaration.", true},
		{"Los países candidatos Montenegro y Albania se suman a esta declaración.", true},
		{"La France s'associe pleinement à la déclaration prononcée par l'Union européenne et souhaite ajouter ce qui suit.", false},
	} {
		if got := alignsWith(tt.p, "fr"); got != tt.want {
			t.Errorf("alignsWith(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"¹ A/70/174, para. 13.", true},
		{"² See the submission of Malta (2024).", true},
		{"⁴ Ibid.", true},
		{"1 See General Assembly resolution 75/240.", true},
		{"“We stand ready,” the ambassador said.", false},
	} {
		if got := footnoteLine([]byte(tt.line)); got != tt.want {
			t.Errorf("footnoteLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
