package fr.passerelle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.words.MessageRenderer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A security guard in Lyon with a CAP: the ROME's third move from K2503 is K1706 "Agent de la force publique", which
 * its access text says is reached "sur concours avec un Bac". The occupation is not flagged regulated, so before, it
 * came out "Tout de suite … pas de formation obligatoire ; … l'expérience peut suffire": no experience replaces a
 * competition held once a year.
 */
class CompetitionHorizonOnRealDataTest {

    @Test
    void anOccupationEnteredByCompetitionIsNeverForTomorrow() throws Exception {
        JobSeekerProfile guard = new JobSeekerProfile(new RomeCode("K2503"), new InseeCode("69123"), 30,
                EducationLevel.CAP, null, 80_000, 0, false);
        PathResult result = RealDataWorkstation.get().pathEngine().compute(guard, 100, LocalDate.of(2026, 12, 1));
        TargetOccupation police = result.occupations().stream().filter(t -> t.rome().equals("K1706")).findFirst()
                .orElseThrow(() -> new AssertionError("K1706 is not among the candidates"));
        assertEquals(Horizon.LONG, police.horizon(), police.horizonReason().text());
        assertTrue(police.horizonReason().text().contains("accessible sur concours"), police.horizonReason().text());
        assertTrue(police.horizonReason().rule().contains("concours"), police.horizonReason().rule());
        String english = MessageRenderer.english().render(police.horizonReason().message());
        assertTrue(english.startsWith("Longer-term project: the job is entered through a competitive exam"), english);
    }
}
