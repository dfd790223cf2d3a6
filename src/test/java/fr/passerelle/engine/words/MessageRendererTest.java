package fr.passerelle.engine.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each parameter type in the project's French formats and in English ones. */
class MessageRendererTest {

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(Param.number(13_120), "13 120", "13,120"),
                Arguments.of(Param.number(1_234_567), "1 234 567", "1,234,567"),
                Arguments.of(Param.number(-4_600), "-4 600", "-4,600"),
                Arguments.of(Param.number(7), "7", "7"),
                Arguments.of(Param.money(460_000), "4 600 €", "€4,600"),
                Arguments.of(Param.money(460_050), "4 600,50 €", "€4,600.50"),
                Arguments.of(Param.money(-1_250), "-12,50 €", "-€12.50"),
                Arguments.of(Param.km(30), "30 km", "30 km"),
                Arguments.of(Param.hours(1_200), "1 200 h", "1,200 h"),
                Arguments.of(Param.date(LocalDate.of(2026, 12, 1)), "1er décembre 2026", "1 December 2026"),
                Arguments.of(Param.date(LocalDate.of(2027, 1, 4)), "4 janvier 2027", "4 January 2027"),
                Arguments.of(Param.date(null), "date inconnue", "unknown date"),
                Arguments.of(Param.year(2021), "2021", "2021"),
                Arguments.of(Param.decimal(new BigDecimal("0.85")), "0,85", "0.85"),
                Arguments.of(Param.decimal(new BigDecimal("12345.5")), "12 345,5", "12,345.5"),
                Arguments.of(Param.decimal(new BigDecimal("40")), "40", "40"),
                Arguments.of(Param.percent(59.6), "60 %", "60%"),
                Arguments.of(Param.signedPercent(307.2), "+307 %", "+307%"),
                Arguments.of(Param.signedPercent(-14.4), "-14 %", "-14%"),
                Arguments.of(Param.code("D1505"), "D1505", "D1505"),
                Arguments.of(Param.label("Hôte / Hôtesse de caisse"), "Hôte / Hôtesse de caisse", "Hôte / Hôtesse de caisse"),
                Arguments.of(Param.level(6), "bac+3 / bac+4", "three or four years after the bac (level 6)"),
                Arguments.of(Param.level(1), "sans diplôme", "no diploma"),
                Arguments.of(Param.of(Message.of("demand.where.bassin", Param.label("Lille"))), "dans son bassin d'emploi (Lille)",
                        "in her employment area (Lille)"),
                Arguments.of(Param.joined(List.of(Message.of("horizon.short.link", Param.number(3)),
                        Message.of("horizon.level", Param.level(4), Param.level(2)))),
                        "lien moins proche (pas de lien ROME 4 de rang ≤ 3) ; niveau d'accès habituel bac, le sien sans diplôme",
                        "a less close link (no ROME 4 link of rank ≤ 3); usual entry level baccalauréat (level 4), hers no diploma"));
    }

    @ParameterizedTest(name = "{1} / {2}")
    @MethodSource("formats")
    void formatsEachParameterPerLanguage(Param param, String french, String english) {
        assertEquals(french, MessageRenderer.french().format(param));
        assertEquals(english, MessageRenderer.english().format(param));
    }

    @ParameterizedTest(name = "{0} companies")
    @MethodSource("plurals")
    void choosesTheWordByTheNumberAsEachLanguageCounts(long count, String french, String english) {
        Message m = Message.of("companies.some", Param.number(count), Param.km(30));
        assertEquals(french, MessageRenderer.french().render(m));
        assertEquals(english, MessageRenderer.english().render(m));
    }

    static Stream<Arguments> plurals() {
        // French counts 0 and 1 as singular, English only 1.
        return Stream.of(
                Arguments.of(0L, "0 entreprise susceptible de recruter à moins de 30 km", "0 companies likely to hire within 30 km"),
                Arguments.of(1L, "1 entreprise susceptible de recruter à moins de 30 km", "1 company likely to hire within 30 km"),
                Arguments.of(14L, "14 entreprises susceptibles de recruter à moins de 30 km", "14 companies likely to hire within 30 km"),
                Arguments.of(2_500L, "2 500 entreprises susceptibles de recruter à moins de 30 km",
                        "2,500 companies likely to hire within 30 km"));
    }

    @Test
    void optionalClausesStartWithTheirSpaceAndVanishWhenEmpty() {
        Message none = Message.of("training.none", Param.km(30), Param.of(Message.NONE), Param.of(Message.NONE));
        Message remote = Message.of("training.none", Param.km(30), Param.of(Message.of("training.none.remote")), Param.of(Message.NONE));
        assertEquals("0 formation connue à moins de 30 km", MessageRenderer.french().render(none));
        assertEquals("0 formation connue à moins de 30 km ni à distance", MessageRenderer.french().render(remote));
        assertEquals("No known training within 30 km nor remote", MessageRenderer.english().render(remote));
    }

    @Test
    void frenchIsTheDefaultForAnyOtherLanguage() {
        assertEquals(MessageRenderer.french(), MessageRenderer.of(Locale.GERMAN));
        assertEquals(MessageRenderer.french(), MessageRenderer.of(null));
        assertEquals(MessageRenderer.english(), MessageRenderer.of(Locale.UK));
    }

    @Test
    void anUnknownKeyOrAMissingParameterIsAnError() {
        assertThrows(MissingResourceException.class, () -> MessageRenderer.english().render(Message.of("no.such.key")));
        assertThrows(IllegalArgumentException.class, () -> MessageRenderer.french().render(Message.of("proximity.rome4",
                Param.code("D1505"))));
    }
}
