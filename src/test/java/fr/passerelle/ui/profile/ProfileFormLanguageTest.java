package fr.passerelle.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ui.common.Messages;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form's refusals in the window's language: English when the window speaks English, French otherwise. */
class ProfileFormLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The radius is a whole number of kilometres, from 1 to 1,000.|The CPF balance is an amount in euros, for example 500 or 1250.50.|The age is a whole number of years, from 14 to 99, or nothing if unknown.",
            "fr|Le rayon est un nombre entier de kilomètres, de 1 à 1\u00A0000.|Le solde CPF est un montant en euros, par exemple 500 ou 1 250,50.|L'âge est un nombre entier d'années, de 14 à 99, ou rien s'il n'est pas connu."})
    void refusalsAreSaidInTheWindowsLanguage(String language, String radius, String cpf, String age) {
        ProfileForm form = new ProfileForm(new Messages(Locale.forLanguageTag(language)));
        form.jobProperty().set("hôtesse de caisse");
        form.communeProperty().set("Lille");
        form.radiusProperty().set("0");
        form.cpfProperty().set("beaucoup");
        form.situation().ageProperty().set("7");

        assertTrue(form.validate().isEmpty());
        assertEquals(radius, form.error(ProfileField.RADIUS).get());
        assertEquals(cpf, form.error(ProfileField.CPF).get());
        assertEquals(age, form.error(ProfileField.AGE).get());
        assertEquals("", form.error(ProfileField.JOB).get(), "a field typed right is not marked");
    }
}
