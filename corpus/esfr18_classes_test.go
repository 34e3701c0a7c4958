package corpus

import "testing"

// TestCoordinatePassiveHoldsNothing: a list of countries that opens a
// sentence as the subject of a passive of what others say of them
// ("China and Singapore were cited by officials as models", "Rusia y
// China fueron señaladas …", "La Chine et la Russie ont été accusées …")
// is what others say, no position of theirs, nor of the previous
// paragraph's country; it was held by each listed country. Mirrors: the
// passive's agent when it is a country, an active verb, a participle of
// the country's own act, and a single passive subject.
func TestCoordinatePassiveHoldsNothing(t *testing.T) {
	before := "Vietnam also hosted the signing ceremony of the convention."
	checkHolderCases(t, []holderCase{
		{before, "China and Singapore were cited by officials as models for regulating platforms.", "-"},
		{before, "Russia and Iran have been accused of election interference.", "-"},
		{before, "Rusia y China fueron señaladas como responsables de los ataques.", "-"},
		{before, "La Chine et la Russie ont été accusées de cyberespionnage.", "-"},
		// Mirrors.
		{before, "Russia and Iran were criticised by Albania for the attack on government servers.", "Albania"},
		{before, "China and Singapore cited their laws as models for regulating platforms.", "China;Singapore"},
		{before, "Malaysia and Thailand were committed to a regional network of CSIRTs.", "Malaysia;Thailand"},
		{before, "China was cited by officials as a model for regulating platforms.", "-"},
	})
}

// TestCoordinateSubjectWithInsertion: a list of countries that opens a
// sentence and reaches its verb after an insertion ("La France et le
// Sénégal, invités à la réunion, ont présenté …", "Brazil and India, for
// their part, argued …") is the subject: each holds the paragraph. It was
// read as no subject and kept by the previous paragraph's country, which
// had not said it. Mirrors: a list that goes on ("Brazil, India, Chile"),
// an insertion that does not close on a verb, and a list without one.
func TestCoordinateSubjectWithInsertion(t *testing.T) {
	before := "Le Cameroun, de son côté, insiste sur la lutte contre la désinformation."
	checkHolderCases(t, []holderCase{
		{before, "La France et le Sénégal, invités à la réunion, ont présenté leurs propres dispositifs.", "France;Senegal"},
		{before, "Brazil and India, for their part, argued for a treaty.", "Brazil;India"},
		{before, "Chile y el Perú, por su parte, pidieron un fondo regional.", "Chile;Peru"},
		// Mirrors.
		{before, "Le Gabon et le Tchad ont présenté leurs propres dispositifs.", "Chad;Gabon"},
		{before, "La France et le Sénégal, deux pays invités à la réunion depuis 2019 par les organisateurs du forum régional de Dakar sur la cybersécurité.", "Cameroon"},
	})
}

// TestObserverAttendanceIsNoPosition: a paragraph that only records that
// countries attended as observers ("Estados Unidos y Colombia
// participaron como observadores en la reunión", "Le Canada a participé
// comme observateur") says nothing they said; it was held by each of
// them. Mirrors: what an observer goes on to say after "and", and
// attendance in another role.
func TestObserverAttendanceIsNoPosition(t *testing.T) {
	before := "Panamá anunció que ratificará el Convenio de Budapest."
	checkHolderCases(t, []holderCase{
		{before, "Estados Unidos y Colombia participaron como observadores en la reunión.", "-"},
		{before, "Canada attended as an observer.", "-"},
		{before, "Le Canada a participé comme observateur.", "-"},
		// Mirrors.
		{before, "Colombia participó como observadora y pidió un tratado regional.", "Colombia"},
		{before, "Canada attended as an observer and called for a binding treaty.", "Canada"},
		{before, "Colombia participó en la reunión y pidió un tratado regional.", "Colombia"},
	})
}
