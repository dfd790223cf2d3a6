package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.funding.SchemeAnswer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What is left to pay as the window says it, on answers of the bundled rules (no cache, no toolkit). */
class FundingTextTest {
    private static final String NB = "\u00A0";

    static Stream<Arguments> sessions() {
        return Stream.of(
                Arguments.of("bought by the Région, 4 600 €", (Supplier<TrainingOption>) FundingFixtures::regionTitre,
                        "Rien à payer pour elle : place achetée (Conseil régional, France Travail)", "0" + NB + "€", "—",
                        "Place achetée (Conseil régional, France Travail)"),
                Arguments.of("bought by France Travail, price not published", (Supplier<TrainingOption>) FundingFixtures::boughtWithoutPrice,
                        "Rien à payer pour elle : place achetée (France Travail)", "0" + NB + "€", "—",
                        "Place achetée (France Travail)"),
                Arguments.of("CACES she pays, 990 €, CPF 500 €", (Supplier<TrainingOption>) FundingFixtures::caces,
                        "Reste à payer 490" + NB + "€ à coup sûr ; 0" + NB + "€ si l'aide de la Région ou l'AIF est accordée",
                        "490" + NB + "€", "0" + NB + "€", "CPF 500" + NB + "€ ; possible : l'aide de la Région, l'AIF"),
                Arguments.of("she pays, price not published", (Supplier<TrainingOption>) FundingFixtures::selfPaidWithoutPrice,
                        "Reste à payer inconnu : prix non publié, à demander à l'organisme", "inconnu", "inconnu", "à vérifier"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void theCertainRemainderComesFirstAndThePossibleOneOnlyWhenLower(String name, Supplier<TrainingOption> session,
                                                                      String leftToPay, String certain, String possible,
                                                                      String payers) {
        TrainingOption o = session.get();

        assertEquals(leftToPay, FundingText.leftToPay(o));
        assertEquals(certain, FundingText.certainCell(o));
        assertEquals(possible, FundingText.possibleCell(o));
        assertEquals(payers, FundingText.payers(o));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void aBoughtPlaceNeverShowsAPrice(String name, Supplier<TrainingOption> session, String leftToPay, String certain,
                                      String possible, String payers) {
        TrainingOption o = session.get();
        if (leftToPay.startsWith("Rien à payer")) {
            assertFalse(FundingText.leftToPay(o).contains("600"), FundingText.leftToPay(o));
            assertFalse(FundingText.payers(o).contains("€"), FundingText.payers(o));
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            cpf             | acquis : 500 €
            aif             | possible jusqu'à 490 €
            agefiph         | à vérifier
            achat_collectif | non
            """)
    void eachSchemeSaysItsStatusWithItsAmount(String id, String status) {
        SchemeAnswer s = FundingFixtures.caces().funding().scheme(id).orElseThrow();

        assertEquals(status.replace(" €", NB + "€"), FundingText.status(s));
    }
}
