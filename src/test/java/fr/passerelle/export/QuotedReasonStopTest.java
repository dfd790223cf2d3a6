package fr.passerelle.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reason of the plan that quotes the ROME's access text ends as the quoted sentence does: "… selon l'offre d'emploi). »"
 * gets no second full stop after the guillemet (before, "… d'emploi). ».", in the PDF and the window's preview), in
 * French and in English; a quote without a stop of its own still ends the bullet with one.
 */
class QuotedReasonStopTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "FRENCH  | Cet emploi est accessible avec un CAP (CACES R318 selon l'offre d'emploi). | selon l'offre d'emploi). »",
            "ENGLISH | Cet emploi est accessible avec un CAP (CACES R318 selon l'offre d'emploi). | selon l'offre d'emploi).\"",
            "FRENCH  | Cet emploi est accessible sans diplôme                                   | accessible sans diplôme ».",
            "ENGLISH | Cet emploi est accessible sans diplôme                                   | accessible sans diplôme\"."})
    void aQuotedSentenceKeepsItsOwnStop(PlanLanguage in, String quoted, String ending) {
        TargetOccupation t = PlanFixtures.target("D1507", "Employé / Employée de rayon libre-service", false, List.of(), 0, List.of(), 0);
        List<Reason> reasons = new ArrayList<>(t.reasons());
        reasons.add(Reason.of("accès", Message.of("access.rome", Param.label(quoted)), "", "ROME"));
        t = new TargetOccupation(t.rome(), t.label(), t.score(), t.detail(), reasons, t.sharedSkills(), t.missingSkills(),
                t.demand(), t.noTrainingNeeded(), t.trainingsFound(), t.trainings(), t.companiesFound(), t.companies(), t.horizon(),
                t.horizonReason(), t.access(), List.of(), null);
        List<String> why = PlainWords.why(t, "Hôte / Hôtesse de caisse", 30, false, in);
        assertTrue(why.stream().anyMatch(s -> s.endsWith(ending)), why.toString());
    }
}
