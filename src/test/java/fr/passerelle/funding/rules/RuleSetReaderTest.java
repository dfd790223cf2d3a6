package fr.passerelle.funding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules format: the bundled document reads, and every malformed document is refused with its line. */
class RuleSetReaderTest {
    /** A small valid document; tests replace one line to break it. */
    static final String MINIMAL = """
            format: passerelle.funding/1
            version: "t1"
            published: 2026-01-01
            funders:
              - {code: 2, label: Conseil régional, group: public}
              - {code: 10, label: Bénéficiaire, group: individual}
            parameters:
              - id: p
                label: P
                values:
                  - {from: 2025-01-01, to: 2025-12-31, value: 1, source: s}
            schemes:
              - id: aif
                label: AIF
                decision: decided
                conditions:
                  - {text: Inscrite, fact: person.status, in: [de]}
                covers: rest
                source: src
            """;

    @Test
    void bundledRulesReadWithEverySchemeOfTheContract() {
        RuleSet rules = BundledRules.get();
        assertEquals("2026-11-30", rules.version());
        assertTrue(rules.schemeIds().containsAll(RuleSetReader.expectedSchemes()), rules.schemeIds().toString());
        assertEquals(20, rules.funders().size(), "LHEO codes 0 and 2 to 20");
        for (SchemeRule s : rules.schemes()) {
            assertFalse(s.source().isBlank(), s.id() + " cites its source");
        }
    }

    @Test
    void cpfParticipationHasItsVerifiedAmountsByYear() {
        Parameter p = BundledRules.get().parameter("cpf.participation").orElseThrow();
        assertEquals(0, p.at(LocalDate.of(2024, 5, 1)).orElseThrow().value().signum());
        assertEquals(new BigDecimal("100.00"), p.at(LocalDate.of(2024, 5, 2)).orElseThrow().value());
        assertEquals(new BigDecimal("102.23"), p.at(LocalDate.of(2025, 12, 31)).orElseThrow().value());
        assertEquals(new BigDecimal("103.20"), p.at(LocalDate.of(2026, 1, 1)).orElseThrow().value());
        Dated<BigDecimal> later = p.at(LocalDate.of(2027, 2, 1)).orElseThrow();
        assertTrue(later.carriedOver(), "2027's amount is not in the rules: the 2026 one is carried over, and said so");
        assertEquals(new BigDecimal("103.20"), later.value());
    }

    @Test
    void minimalDocumentReads() throws RuleSetException {
        RuleSet rules = RuleSetReader.read(MINIMAL);
        assertEquals("t1", rules.version());
        assertEquals(SchemeRule.Decision.DECIDED, rules.schemes().get(0).decision());
    }

    @Test
    void jsonWithTheSameFieldsReads() throws RuleSetException {
        String json = """
                {"format": "passerelle.funding/1", "version": "j1",
                 "funders": [{"code": 4, "label": "France Travail", "group": "public"}],
                 "schemes": [{"id": "cpf", "label": "CPF", "decision": "automatic", "covers": "cpf", "source": "s",
                              "conditions": [{"text": "Éligible", "fact": "session.cpfEligible", "is": true}]}]}
                """;
        RuleSet rules = RuleSetReader.read(json);
        assertEquals("j1", rules.version());
        assertEquals(SchemeRule.Coverage.CPF, rules.schemes().get(0).covers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field in a scheme | '    covers: rest' | '    covers: rest\n    plafond: 3' | 19 | champ inconnu « plafond »",
            "unknown fact | 'fact: person.status' | 'fact: person.statut' | 17 | fait « person.statut » inconnu",
            "value not allowed for the fact | 'in: [de]' | 'in: [chomeur]' | 17 | « chomeur » n'est pas une valeur de person.status",
            "date that is not one | 'to: 2025-12-31' | 'to: 2025-13-31' | 11 | n'est pas une date",
            "negative amount | 'value: 1,' | 'value: -1,' | 11 | ne peut pas être négatif",
            "period ending before it starts | 'to: 2025-12-31' | 'to: 2024-12-31' | 11 | avant « from »",
            "wrong format | 'passerelle.funding/1' | 'passerelle.funding/9' | 1 | non pris en charge",
            "unknown funder group | 'group: public}' | 'group: publik}' | 5 | « publik » inconnu",
            "min on a word fact | 'in: [de]' | 'min: 3' | 17 | ne s'applique pas à person.status",
            "unknown coverage | 'covers: rest' | 'covers: tout' | 18 | « tout » inconnu",
            "YAML syntax error | '  - id: aif' | '  - id: [aif' | 14 | syntaxe YAML invalide",
    })
    void malformedDocumentIsRefusedWithItsLine(String what, String from, String to, int line, String message) {
        String broken = MINIMAL.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertTrue(!broken.equals(MINIMAL), "the test changes the document");
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetReader.read(broken), what);
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
        assertEquals(line, e.line(), what + ": " + e.getMessage());
    }

    @Test
    void overlappingEntriesOfOneSchemeAreRefused() {
        String twice = MINIMAL + """
                  - id: aif
                    label: AIF (nouvelle règle)
                    decision: decided
                    validFrom: 2026-06-01
                    covers: rest
                    source: src
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetReader.read(twice));
        assertTrue(e.getMessage().contains("chevauche"), e.getMessage());
        assertEquals(20, e.line());
    }

    @Test
    void successiveEntriesOfOneSchemeApplyEachOnItsDates() throws RuleSetException {
        String changed = MINIMAL.replace("    source: src\n", "    validTo: 2026-05-31\n    source: src\n") + """
                  - id: aif
                    label: AIF (nouvelle règle)
                    decision: automatic
                    validFrom: 2026-06-01
                    covers: rest
                    source: src2
                """;
        RuleSet rules = RuleSetReader.read(changed);
        assertEquals("AIF", rules.scheme("aif", LocalDate.of(2026, 5, 31)).orElseThrow().label());
        assertEquals("AIF (nouvelle règle)", rules.scheme("aif", LocalDate.of(2026, 6, 1)).orElseThrow().label());
        assertEquals(1, rules.schemeIds().size());
    }

    @Test
    void duplicateKeyIsRefused() {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSetReader.read(MINIMAL.replace("version: \"t1\"", "version: \"t1\"\nversion: \"t2\"")));
        assertTrue(e.getMessage().contains("répété"), e.getMessage());
    }
}
