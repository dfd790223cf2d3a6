package fr.passerelle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan's two languages: French keeps FrenchFormat exactly, English has its own formats and counts. */
class PlanLanguageTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2027, 6, 30);

    @Test
    void frenchIsFrenchFormatToTheByte() {
        PlanLanguage fr = PlanLanguage.FRENCH;
        assertEquals(FrenchFormat.money(460_050), fr.money(460_050));
        assertEquals(FrenchFormat.integer(13_120), fr.integer(13_120));
        assertEquals(FrenchFormat.km(7.46), fr.km(7.46));
        assertEquals(FrenchFormat.hours(525), fr.hours(525));
        assertEquals(FrenchFormat.date(MARCH_1), fr.date(MARCH_1));
        assertEquals(FrenchFormat.period(MARCH_1, JUNE_30), fr.period(MARCH_1, JUNE_30));
    }

    @Test
    void englishHasItsOwnFormats() {
        PlanLanguage en = PlanLanguage.ENGLISH;
        assertEquals("€4,600.50", en.money(460_050));
        assertEquals("€0", en.money(0));
        assertEquals("13,120", en.integer(13_120));
        assertEquals("7.5\u00A0km", en.km(7.46));
        assertEquals("28\u00A0km", en.km(28.0));
        assertEquals("1\u00A0hour", en.hours(1));
        assertEquals("1,200\u00A0hours", en.hours(1200));
        assertEquals("1 March 2027", en.date(MARCH_1));
        assertEquals("from 1 March 2027 to 30 June 2027", en.period(MARCH_1, JUNE_30));
        assertEquals("until 30 June 2027", en.period(null, JUNE_30));
        assertNull(en.period(null, null));
        assertEquals("en-GB", en.tag());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "FRENCH  | 0 | … et 0 autre formation trouvée",
            "FRENCH  | 1 | … et 1 autre formation trouvée",
            "FRENCH  | 2 | … et 2 autres formations trouvées",
            "ENGLISH | 0 | … and 0 other trainings found",
            "ENGLISH | 1 | … and 1 other training found",
            "ENGLISH | 2 | … and 2 other trainings found"})
    void countsChooseTheWordByTheLanguagesRule(PlanLanguage in, long n, String expected) {
        assertEquals(expected, in.t("plan.more", in.integer(n), in.count("training.more", n)));
    }

    @Test
    void placeholdersTakeTheirArgumentsAndLeaveOtherBracesAlone() {
        assertEquals("Plan d'action de {Jo}", PlanLanguage.FRENCH.t("plan.title.named", "{Jo}"));
        assertEquals("Action plan for Juliette", PlanLanguage.ENGLISH.t("plan.title.named", "Juliette"));
    }

    @Test
    void englishOnlyForAnEnglishLocale() {
        assertSame(PlanLanguage.ENGLISH, PlanLanguage.of(Locale.UK));
        assertSame(PlanLanguage.FRENCH, PlanLanguage.of(Locale.GERMAN));
        assertSame(PlanLanguage.FRENCH, PlanLanguage.of(null));
    }
}
