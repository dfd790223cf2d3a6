package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.Access;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Horizons and regulated occupations in the words of the cards, on hand-made targets. */
class HorizonTextTest {
    private static final Demand NO_DEMAND = new Demand(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, false, null, 1);

    static TargetOccupation target(Horizon h, String reason, Access access) {
        return new TargetOccupation("J1305", "Ambulancier / Ambulancière", 0.6, null, List.of(), List.of(), List.of(), NO_DEMAND,
                h == Horizon.NOW, 0, List.of(), 0, List.of(), h, new Reason("horizon", reason, "règle", "données"), access, List.of(), null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NOW   | Tout de suite : mobilité proche vers un métier non réglementé | Mobilité proche vers un métier non réglementé
            SHORT | Dans quelques mois : une formation courte — lien moins proche | Une formation courte — lien moins proche
            LONG  | Projet plus long : niveau d'accès habituel bac+3              | Niveau d'accès habituel bac+3
            SHORT | Une raison sans étiquette                                    | Une raison sans étiquette
            """)
    void theReasonUnderItsHorizonHeaderDoesNotRepeatTheHorizon(Horizon h, String engine, String card) {
        assertEquals(card, HorizonText.reason(target(h, engine, Access.UNKNOWN)));
    }

    @Test
    void withoutAHeaderTheHorizonLeadsItsReason() {
        TargetOccupation t = target(Horizon.SHORT, "Dans quelques mois : métier réglementé, le titre exigé demande 801 h", Access.UNKNOWN);

        assertEquals("Dans quelques mois : métier réglementé, le titre exigé demande 801 h", HorizonText.withLabel(t));
    }

    @Test
    void aRegulatedOccupationOfOurTableSaysTheTitleAndItsUsualLength() {
        Access table = new Access(true, "Diplôme d'État d'ambulancier", "801 h", 6, "CSP L4393-2", "https://…", List.of(), 3, false);

        assertEquals("Métier réglementé : Diplôme d'État d'ambulancier (durée habituelle : 801 h)",
                HorizonText.access(target(Horizon.SHORT, "x", table)));
    }

    @Test
    void aRegulatedOccupationOutsideOurTableQuotesTheRome() {
        Access rome = new Access(true, null, null, null, null, null, List.of("Cet emploi est accessible avec le permis C. "
                + "Une FIMO est exigée."), null, false);

        assertEquals("Métier réglementé : selon le ROME, « Cet emploi est accessible avec le permis C »",
                HorizonText.access(target(Horizon.SHORT, "x", rome)));
        assertEquals("", HorizonText.access(target(Horizon.NOW, "x", Access.UNKNOWN)), "not regulated: nothing said");
    }

    @Test
    void aLongRomeSentenceIsCutAtAWord() {
        String quote = HorizonText.quote("mot ".repeat(100));

        assertTrue(quote.length() <= HorizonText.ROME_QUOTE + 1 && quote.endsWith("mot…"), quote);
    }

    @Test
    void eachHorizonHeaderSaysWhatItMeans() {
        assertEquals("Tout de suite — sans formation obligatoire", HorizonText.header(Horizon.NOW));
        assertEquals("Projet plus long — un diplôme réglementé, une formation de plus d'un an ou un niveau à atteindre",
                HorizonText.header(Horizon.LONG));
    }
}
