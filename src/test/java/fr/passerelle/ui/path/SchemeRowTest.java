package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.funding.SchemeAnswer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each scheme of the funding panel with the condition that decides it, on the CACES Juliette would pay herself. */
class SchemeRowTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            achat_collectif | no       | ✗ Places achetées par un financeur public (codes financeurs de la session) : inscriptions individuelles
            agefiph         | unknown  | ? Reconnaissance de la qualité de travailleur handicapé (RQTH) : non renseigné
            cpf             | certain  | ✓ Formation éligible au CPF : oui ; ✓ Solde CPF disponible : 500 €
            aif             | possible | Complète ce qui reste après les autres financements
            """)
    void theConditionThatDecidesIsShownWithTheValueUsed(String id, String kind, String decides) {
        SchemeAnswer s = FundingFixtures.caces().funding().scheme(id).orElseThrow();

        SchemeRow row = SchemeRow.of(s);

        assertEquals(kind, row.kind());
        assertTrue(row.decides().startsWith(decides), row.decides());
        assertTrue(row.source() != null && !row.source().isBlank(), "every scheme cites its source");
    }
}
