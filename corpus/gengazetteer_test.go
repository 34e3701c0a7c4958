package corpus

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// isoOverrides joins the gazetteer rows whose English CLDR name differs
// from every name the gazetteer gives them.
var isoOverrides = map[string]string{
	"European Union": "EU", "Kosovo": "XK", "Holy See": "VA", "Palestine": "PS",
	"Türkiye": "TR", "Czechia": "CZ", "Côte d'Ivoire": "CI", "Cabo Verde": "CV",
	"Eswatini": "SZ", "Myanmar": "MM", "North Macedonia": "MK", "Timor-Leste": "TL",
	"Viet Nam": "VN", "Micronesia": "FM", "Antigua and Barbuda": "AG", "Saint Kitts and Nevis": "KN",
	"Saint Vincent and the Grenadines": "VC", "São Tomé and Príncipe": "ST", "Congo": "CG", "DR Congo": "CD",
	"Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG",
}

// m49Subregions are the UN M49 sub-regions (and intermediate regions of
// Africa and the Americas) a country is filed under, smallest first.
var m49Subregions = []string{"005", "013", "029", "021", "011", "014", "017", "018", "015",
	"030", "034", "035", "143", "145", "151", "154", "039", "155", "053", "054", "057", "061"}

// TestGenerateGazetteerColumns fills the ISO 3166 alpha-2, UN M49
// sub-region and the Spanish and French name columns of data/countries.tsv
// from CLDR (golang.org/x/text), joined on the English CLDR name. It keeps
// every column that already has a value, so hand corrections survive a
// rerun: it writes only what is empty. Run it by hand:
//
//	STANCEBOT_GEN_GAZETTEER=1 go test ./corpus -run GenerateGazetteerColumns
func TestGenerateGazetteerColumns(t *testing.T) {
	if os.Getenv("STANCEBOT_GEN_GAZETTEER") == "" {
		t.Skip("set STANCEBOT_GEN_GAZETTEER=1 to regenerate the CLDR columns of data/countries.tsv")
	}
	en, es, fr := display.English.Regions(), display.Spanish.Regions(), display.French.Regions()
	byName := map[string]string{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			// Skip withdrawn codes (DY, HV, FX, PZ, UK) that share a name
			// with the current one.
			if err != nil || !r.IsCountry() || r.String() != code || r.Canonicalize().String() != code {
				continue
			}
			byName[strings.ToLower(en.Name(r))] = r.String()
		}
	}
	lines := strings.Split(strings.TrimRight(countriesTSV, "\n"), "\n")
	var missing []string
	for i, line := range lines {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < len(gazetteerColumns) {
			f = append(f, "")
		}
		iso := f[colISO]
		if iso == "" {
			iso = isoOverrides[f[colShort]]
		}
		if iso == "" {
			for _, n := range append([]string{f[colShort], f[colOfficial]}, splitList(f[colAliases])...) {
				if code, ok := byName[strings.ToLower(n)]; ok {
					iso = code
					break
				}
			}
		}
		if iso == "" {
			missing = append(missing, f[colShort])
			continue
		}
		f[colISO] = iso
		r := language.MustParseRegion(iso)
		if f[colRegion] == "" {
			for _, code := range m49Subregions {
				if language.MustParseRegion(code).Contains(r) {
					f[colRegion] = code
					break
				}
			}
		}
		if f[colES] == "" {
			f[colES] = es.Name(r)
		}
		if f[colFR] == "" {
			f[colFR] = fr.Name(r)
		}
		lines[i] = strings.Join(f, "\t")
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		t.Fatalf("no ISO code for %v: add them to isoOverrides", missing)
	}
	if err := os.WriteFile("data/countries.tsv", []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fmt.Println("wrote data/countries.tsv")
}
