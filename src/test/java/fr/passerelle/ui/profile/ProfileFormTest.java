package fr.passerelle.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.funding.Allocation;
import fr.passerelle.funding.PersonStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form's field-by-field checks: a refused value marks its field only and loses nothing. */
class ProfileFormTest {

    private static ProfileForm filled() {
        ProfileForm form = new ProfileForm();
        form.nameProperty().set("Juliette");
        form.jobProperty().set("hôtesse de caisse");
        form.communeProperty().set("Lille");
        form.radiusProperty().set("30");
        form.cpfProperty().set("500");
        form.budgetProperty().set("0");
        return form;
    }

    @Test
    void aCompleteFormMakesTheRequest() {
        PathRequest request = filled().validate().orElseThrow();

        assertEquals(new PathRequest("hôtesse de caisse", null, "Lille", 30, "aucun", null, new BigDecimal("500"),
                BigDecimal.ZERO, false, "Juliette"), request);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "RADIUS|0|Le rayon est un nombre entier de kilomètres, de 1 à 1\u00A0000.",
            "RADIUS|trente|Le rayon est un nombre entier de kilomètres, de 1 à 1\u00A0000.",
            "MAX_HOURS|3,5|La durée maximale est un nombre entier d'heures (au moins 1), ou rien pour aucune limite.",
            "CPF|cinq cents|Le solde CPF est un montant en euros, par exemple 500 ou 1 250,50.",
            "BUDGET|-20|Ce qu'elle peut payer est un montant en euros, par exemple 0 ou 300."})
    void aBadValueMarksOnlyItsFieldAndKeepsTheOthers(ProfileField field, String typed, String message) {
        ProfileForm form = filled();
        switch (field) {
            case RADIUS -> form.radiusProperty().set(typed);
            case MAX_HOURS -> form.maxHoursProperty().set(typed);
            case CPF -> form.cpfProperty().set(typed);
            case BUDGET -> form.budgetProperty().set(typed);
            default -> throw new IllegalArgumentException();
        }

        assertTrue(form.validate().isEmpty());

        assertEquals(message, form.error(field).get());
        for (ProfileField other : ProfileField.values()) {
            if (other != field) {
                assertEquals("", form.error(other).get(), other.name());
            }
        }
        assertEquals("hôtesse de caisse", form.jobProperty().get());
        assertEquals("Lille", form.communeProperty().get());
        assertEquals("Juliette", form.nameProperty().get());
    }

    @Test
    void missingJobAndCommuneAreBothMarked() {
        ProfileForm form = filled();
        form.jobProperty().set(" ");
        form.communeProperty().set("");

        assertTrue(form.validate().isEmpty());

        assertEquals("Indiquez le métier actuel (intitulé du poste ou code ROME).", form.error(ProfileField.JOB).get());
        assertEquals("Indiquez la commune : nom, code postal ou code INSEE.", form.error(ProfileField.COMMUNE).get());
    }

    @Test
    void typingInAFieldClearsItsError() {
        ProfileForm form = filled();
        form.radiusProperty().set("0");
        form.validate();

        form.radiusProperty().set("25");

        assertEquals("", form.error(ProfileField.RADIUS).get());
    }

    @Test
    void aPickedSuggestionIsSentAsCodesAndForgottenWhenTypedOver() {
        ProfileForm form = filled();
        form.pickJob("Caissier / Caissière", "D1505");
        form.pickCommune("Lille (59)", "59350");

        PathRequest picked = form.validate().orElseThrow();
        assertNull(picked.job());
        assertEquals("D1505", picked.rome());
        assertEquals("59350", picked.commune());

        form.jobProperty().set("Caissier / Caissière de parking");
        PathRequest typed = form.validate().orElseThrow();
        assertEquals("Caissier / Caissière de parking", typed.job());
        assertNull(typed.rome());
    }

    @Test
    void fillingFromARequestShowsEveryFieldAsTyped() {
        ProfileForm form = new ProfileForm();
        form.fill(new PathRequest(null, "G1602", "Valenciennes", 20, "bac+2", 400, new BigDecimal("1250.50"), new BigDecimal("300"),
                true, "Thomas"), null);

        assertEquals("Thomas", form.nameProperty().get());
        assertEquals("G1602", form.jobRomeProperty().get());
        assertEquals("Valenciennes", form.communeProperty().get());
        assertEquals("20", form.radiusProperty().get());
        assertEquals(EducationLevel.BAC2, form.levelProperty().get());
        assertEquals("400", form.maxHoursProperty().get());
        assertEquals("1250,5", form.cpfProperty().get());
        assertEquals("300", form.budgetProperty().get());
        assertTrue(form.remoteProperty().get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"commune : « Lile » est ambigu|COMMUNE", "métier : aucun intitulé|JOB",
            "code ROME : X|JOB", "rayon : 0 km|RADIUS", "niveau : « z » est inconnu|LEVEL", "durée maximale : 0 h|MAX_HOURS",
            "solde CPF : un montant négatif|CPF", "budget : un montant négatif|BUDGET", "statut : « x » est inconnu|STATUS",
            "âge : 7 ans n'est pas possible|AGE", "allocation : « x » est inconnue|ALLOCATION",
            "fin d'allocation : « x » n'est pas une date|ALLOCATION_END"})
    void resolverMessagesLandUnderTheirField(String message, ProfileField field) {
        assertEquals(field, ProfileField.ofResolverMessage(message));
    }

    @Test
    void herSituationIsSentWithTheRequestAsTheRulesSpellIt() {
        ProfileForm form = filled();
        form.situation().statusProperty().set(PersonStatus.DE);
        form.situation().ageProperty().set(" 20 ");
        form.situation().allocationProperty().set(Allocation.ARE);
        form.situation().allocationEndProperty().set("30/06/2027");

        PathRequest request = form.validate().orElseThrow();

        assertEquals("de", request.status());
        assertEquals(20, request.age());
        assertEquals("are", request.allocation());
        assertEquals("2027-06-30", request.allocationEnd());
    }

    @Test
    void anUnansweredSituationStaysUnknownNeverNo() {
        PathRequest request = filled().validate().orElseThrow();

        assertNull(request.status());
        assertNull(request.age());
        assertNull(request.allocation());
        assertNull(request.allocationEnd());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AGE|12|||L'âge est un nombre entier d'années, de 14 à 99, ou rien s'il n'est pas connu.",
            "AGE|vingt|||L'âge est un nombre entier d'années, de 14 à 99, ou rien s'il n'est pas connu.",
            "ALLOCATION_END||are|31/02/2027|La fin de l'allocation est une date jj/mm/aaaa, par exemple 30/06/2027.",
            "ALLOCATION_END||are|juin|La fin de l'allocation est une date jj/mm/aaaa, par exemple 30/06/2027.",
            "ALLOCATION_END||aucune|30/06/2027|Une date de fin va avec une allocation : choisissez ARE, ASS ou RSA, ou videz la date.",
            "ALLOCATION_END|||30/06/2027|Une date de fin va avec une allocation : choisissez ARE, ASS ou RSA, ou videz la date."})
    void aBadSituationAnswerMarksOnlyItsField(ProfileField field, String age, String allocation, String end, String message) {
        ProfileForm form = filled();
        form.situation().statusProperty().set(PersonStatus.SALARIE);
        form.situation().ageProperty().set(age == null ? "" : age);
        form.situation().allocationProperty().set(allocation == null ? null : Allocation.parse(allocation).orElseThrow());
        form.situation().allocationEndProperty().set(end == null ? "" : end);

        assertTrue(form.validate().isEmpty());

        assertEquals(message, form.error(field).get());
        for (ProfileField other : ProfileField.values()) {
            if (other != field) {
                assertEquals("", form.error(other).get(), other.name());
            }
        }
        assertEquals(PersonStatus.SALARIE, form.situation().statusProperty().get(), "the other answers are kept");
        assertEquals("Lille", form.communeProperty().get());
    }

    @Test
    void aPersonaFillsHerSituationAndATypoInAFileIsShownOnItsField() {
        ProfileForm form = new ProfileForm();
        form.fill(new PathRequest("cariste", null, "Lens", 30, "cap", null, null, null, false, "Karim", "de", 34, "are",
                "2027-03-31"), null);

        assertEquals(PersonStatus.DE, form.situation().statusProperty().get());
        assertEquals("34", form.situation().ageProperty().get());
        assertEquals(Allocation.ARE, form.situation().allocationProperty().get());
        assertEquals("31/03/2027", form.situation().allocationEndProperty().get());
        assertEquals("2027-03-31", form.validate().orElseThrow().allocationEnd(), "the date goes back as it came");

        form.fill(new PathRequest("cariste", null, "Lens", 30, "cap", null, null, null, false, "Karim", "chomeur", null, null,
                null), null);

        assertNull(form.situation().statusProperty().get());
        assertTrue(form.error(ProfileField.STATUS).get().startsWith("Statut « chomeur » inconnu"), form.error(ProfileField.STATUS).get());
    }

    @Test
    void changingTheAllowanceClearsTheEndDateError() {
        ProfileForm form = filled();
        form.situation().allocationEndProperty().set("30/06/2027");
        form.validate();
        assertTrue(!form.error(ProfileField.ALLOCATION_END).get().isEmpty());

        form.situation().allocationProperty().set(Allocation.ASS);

        assertEquals("", form.error(ProfileField.ALLOCATION_END).get());
        assertEquals("2027-06-30", form.validate().orElseThrow().allocationEnd());
    }
}
