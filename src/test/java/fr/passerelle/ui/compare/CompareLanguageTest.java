package fr.passerelle.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ui.UiFixtures;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import fr.passerelle.ui.path.CardGrouping;
import fr.passerelle.ui.path.PathViewModel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every comparison cell in the window's language, with its number, amount and date formats; French unchanged. The
 * cells of Juliette's path: D1507 needs no training, another target has a training near her.
 */
class CompareLanguageTest {

    private static List<CompareColumn> columns(Locale locale) {
        InterviewState state = new InterviewState();
        // The path screen's model computes her path when the person is set; the comparison reads it.
        new PathViewModel(UiFixtures.paths(), state, TaskRunner.synchronous(), s -> { }, new Messages(locale), CardGrouping.byHorizon());
        CompareViewModel compare = new CompareViewModel(state, UiFixtures.paths(), new Messages(locale));
        state.profileProperty().set(UiFixtures.julietteProfile());
        return List.copyOf(compare.columns());
    }

    private static CompareColumn immediate(List<CompareColumn> columns) {
        return columns.stream().filter(c -> c.rome().equals("D1507")).findFirst().orElseThrow();
    }

    private static CompareColumn withTraining(List<CompareColumn> columns) {
        return columns.stream().filter(c -> c.timeToJob().split("\n").length > 1).findFirst().orElseThrow();
    }

    @Test
    void aTargetWithoutTrainingReadsInEnglish() {
        CompareColumn c = immediate(columns(Locale.ENGLISH));

        assertTrue(c.timeToJob().startsWith("Right now: a close move to an unregulated occupation"), c.timeToJob());
        assertEquals("€0 (no mandatory training)", c.leftToPay());
        assertEquals("no training to attend", c.distance());
        assertTrue(c.demand().matches("Labour shortage 5/5 · \\d+(\\.\\d+)? job offers? per jobseeker \\(\\+\\d+%\\) · employment area Lille, 2021"
                + " · 192 job offers in département 59 as of 21 December 2021"), c.demand());
        assertTrue(c.skillsToAcquire().matches("\\d+ to acquire: [^;]+(; [^;]+)*"), c.skillsToAcquire());
        assertEquals("14 companies likely to hire within 30 km", c.companies());
    }

    @Test
    void theSameTargetReadsAsBeforeInFrench() {
        CompareColumn c = immediate(columns(Locale.FRENCH));

        assertEquals("0\u00A0€ (pas de formation obligatoire)", c.leftToPay());
        assertEquals("pas de formation à suivre", c.distance());
        assertTrue(c.demand().matches("Tension 5/5 · \\d+(,\\d+)? offres? par demandeur \\(\\+\\d+\u00A0%\\) · bassin d'emploi Lille, 2021"
                + " · 192 offres dans le 59 au 21 décembre 2021"), c.demand());
        assertTrue(c.skillsToAcquire().matches("\\d+ à acquérir : [^;]+( ; [^;]+)*"), c.skillsToAcquire());
        assertEquals("14 entreprises susceptibles de recruter à moins de 30 km", c.companies());
    }

    @Test
    void aTrainingsWaitAndDistanceReadInEachLanguage() {
        CompareColumn en = withTraining(columns(Locale.ENGLISH));
        CompareColumn fr = withTraining(columns(Locale.FRENCH));
        String[] enLines = en.timeToJob().split("\n");
        String[] frLines = fr.timeToJob().split("\n");

        assertTrue(enLines[enLines.length - 1].matches("[0-9,]+ h of training, starts (this week|in \\d+ weeks?) \\(\\d{1,2} [A-Z][a-z]+ \\d{4}\\)"),
                en.timeToJob());
        assertTrue(frLines[frLines.length - 1].matches("[0-9\u00A0]+\u00A0h de formation, début (cette semaine|dans \\d+ semaines?) \\((1er|\\d{1,2}) [a-zéû]+ \\d{4}\\)"),
                fr.timeToJob());
        assertTrue(en.distance().matches("training \\d+(\\.\\d)?\u00A0km away( \\(.+\\))?"), en.distance());
        assertTrue(fr.distance().matches("formation à \\d+(,\\d)?\u00A0km( \\(.+\\))?"), fr.distance());
    }

    @Test
    void noFrenchWordOfOursIsLeftInTheEnglishCells() {
        for (CompareColumn c : columns(Locale.ENGLISH)) {
            // Left to pay of a training is the funding work's sentence (FundingText), French until its English overload.
            for (String cell : List.of(c.timeToJob(), c.demand(), c.distance(), c.skillsToAcquire(), c.companies())) {
                for (String french : List.of("formation", "début", "semaine", "bassin d'emploi", "offres", "à acquérir", "entreprise",
                        "Métier réglementé", "Tension ", "Tout de suite", "Dans quelques mois")) {
                    assertFalse(cell.contains(french), c.rome() + ": « " + french + " » in " + cell);
                }
            }
        }
    }
}
