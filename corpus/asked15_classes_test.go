package corpus

import "testing"

// TestAbsenceMoreWordings: more ways a summary or a news story records
// that a country did not speak, which are no position of that country nor
// of the page's holder (see absent.go): attending as an observer, "did not
// react", "ne s'est pas exprimé", "n'a pas réagi", a plural "no se
// pronunciaron" after an invitation, a spokesperson who declined to
// comment, a relative clause of up to a hundred characters. Mirrors: the
// same country going on to say something, or acting, stays its holder.
func TestAbsenceMoreWordings(t *testing.T) {
	before := "Samoa stressed that undersea cables are a lifeline."
	fr := "Le Niger a souligné que les rançongiciels exigent un échange rapide."
	es := "Guinea Ecuatorial anunció que el cable submarino será protegido."
	checkHolderCases(t, []holderCase{
		{before, "Nauru attended as an observer and did not take the floor.", "-"},
		{before, "Kiribati participated as an observer and did not make a statement.", "-"},
		{before, "Yemen did not react.", "-"},
		{before, "A spokesperson for Trinidad and Tobago, which hosts the regional training centre, declined to comment.", "-"},
		{fr, "Le Mali a participé à l'atelier en qualité d'observateur et ne s'est pas exprimé.", "-"},
		{fr, "Le Yémen, d'où opèrent des groupes armés accusés d'avoir endommagé les câbles, n'a pas réagi.", "-"},
		{fr, "Les Comores ne se sont pas prononcées.", "-"},
		{es, "Camerún y Gabón, vecinos de la subregión, fueron invitados a la ceremonia pero no se pronunciaron.", "-"},
		{es, "Chile y Perú no intervinieron.", "-"},
		// Mirrors.
		{before, "Nauru attended as an observer and said that it supports a regional fund.", "Nauru"},
		{before, "Yemen did not react to the proposal, but said it would study it.", "Yemen"},
		{fr, "Le Mali a participé à l'atelier et a demandé un appui technique.", "Mali"},
		{fr, "Le Yémen n'a pas réagi à la proposition mais a annoncé une enquête.", "Yemen"},
		{es, "Camerún y Gabón pidieron apoyo técnico para proteger sus cables.", "Cameroon;Gabon"},
		{es, "Chile y Perú no apoyaron la propuesta.", "Chile;Peru"},
	})
}
