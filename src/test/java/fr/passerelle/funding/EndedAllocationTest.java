package fr.passerelle.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.words.MessageRenderer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An allowance whose end date is already past when the training starts is no longer hers, on the bundled rules: a
 * job seeker whose ARE ended on 1 January 2025 does not get "AREF, le même montant que son ARE" for a training of
 * January 2027 (before, she did, and the note offered the RFF as if her rights ran out during the training).
 */
class EndedAllocationTest {
    private static final FundingSession JANUARY = Cases.session("Titre professionnel Cuisinier", 400, 3000L, "4", true);

    private static FundingCase jobSeeker(Allocation allocation, LocalDate end) {
        return new FundingCase(PersonStatus.DE, 45, allocation, end, 50_000L, null, "59", null, null);
    }

    @ParameterizedTest(name = "ARE ending {0}: {1}")
    @CsvSource({"2025-01-01, rfft", "2026-12-31, rfft", "2027-01-10, rfft", "2027-01-11, aref", "2027-03-01, aref", "2027-06-30, aref"})
    void theAllowanceCountsOnlyIfItStillRunsWhenTheTrainingStarts(LocalDate end, String pay) {
        FundingAnswer a = Cases.ENGINE.answer(jobSeeker(Allocation.ARE, end), JANUARY, Cases.ON);
        assertEquals(pay, a.pay().scheme(), a.pay().label());
    }

    @Test
    void anEndedAllowanceIsSaidInBothLanguages() {
        FundingAnswer a = Cases.ENGINE.answer(jobSeeker(Allocation.ARE, LocalDate.of(2025, 1, 1)), JANUARY, Cases.ON);
        assertTrue(a.notes().contains("Son allocation (ARE) s'est arrêtée le 1er janvier 2025, avant le début de la formation "
                + "(11 janvier 2027) : les règles la comptent sans allocation."), a.notes().toString());
        assertTrue(a.noteMessages().stream().map(MessageRenderer.english()::render).anyMatch(s -> s.equals(
                "Her allowance (ARE) ended on 1 January 2025, before the training starts (11 January 2027): the rules count her "
                        + "as receiving none.")), a.noteMessages().stream().map(MessageRenderer.english()::render).toList().toString());
    }

    @Test
    void withoutAStartDateTheDayOfTheComputationDecides() {
        FundingSession undated = new FundingSession("Titre professionnel Cuisinier", 400, 300_000L, java.util.List.of(4), true,
                null, null, "59");
        assertEquals("rfft", Cases.ENGINE.answer(jobSeeker(Allocation.ARE, LocalDate.of(2026, 11, 29)), undated, Cases.ON).pay().scheme());
        assertEquals("aref", Cases.ENGINE.answer(jobSeeker(Allocation.ARE, LocalDate.of(2026, 11, 30)), undated, Cases.ON).pay().scheme());
        FundingAnswer ended = Cases.ENGINE.answer(jobSeeker(Allocation.ARE, LocalDate.of(2026, 11, 29)), undated, Cases.ON);
        assertEquals(java.util.List.of("Son allocation (ARE) s'est arrêtée le 29 novembre 2026, avant le jour du calcul "
                + "(30 novembre 2026) : les règles la comptent sans allocation."), ended.notes());
        assertEquals("Her allowance (ARE) ended on 29 November 2026, before the day of this computation (30 November 2026): "
                + "the rules count her as receiving none.", MessageRenderer.english().render(ended.noteMessages().get(0)));
    }
}
