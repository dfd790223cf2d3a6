package fr.passerelle.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.engine.words.MessageRenderer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A condition's value as the counsellor reads it: amounts and hours grouped like every figure ("3 000 €", not
 * "3000 €"), in French and English; a value without a unit (a code) as the rules write it.
 */
class ConditionValueWordsTest {
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("Solde CPF disponible", new BigInteger("3000"), "€", "Solde CPF disponible : 3 000 €",
                        "Solde CPF disponible: €3,000"),
                Arguments.of("Solde CPF disponible", new BigDecimal("12500.00"), "€", "Solde CPF disponible : 12 500 €",
                        "Solde CPF disponible: €12,500"),
                Arguments.of("Solde CPF disponible", new BigDecimal("500"), "€", "Solde CPF disponible : 500 €",
                        "Solde CPF disponible: €500"),
                Arguments.of("Solde CPF disponible", new BigDecimal("1200.5"), "€", "Solde CPF disponible : 1200,5 €",
                        "Solde CPF disponible: €1200.5"),
                Arguments.of("Durée de 400 h au plus", 1525L, "h", "Durée de 400 h au plus : 1 525 h",
                        "Durée de 400 h au plus: 1,525 h"),
                Arguments.of("Âge", 32, "ans", "Âge : 32 ans", "Âge: 32 years"),
                Arguments.of("Formacode", new BigInteger("31234"), null, "Formacode : 31234", "Formacode: 31234"));
    }

    @ParameterizedTest
    @MethodSource("values")
    void aConditionsValueIsSaidWithItsUnitAndGroupedWhenItIsAnAmountOrHours(String text, Object value, String unit,
            String french, String english) {
        ConditionCheck check = new ConditionCheck(text, value, true, List.of(), unit);
        assertEquals(french, MessageRenderer.french().render(FundingMessages.condition(check)));
        assertEquals(english, MessageRenderer.english().render(FundingMessages.condition(check)));
    }
}
