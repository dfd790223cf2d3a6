package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.rules.RankingWeights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regulated occupations: the title required and its length are said, and they are never "no training needed". */
class RegulatedOccupationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            J1506 | Diplôme d'État d'infirmier                      | 3 ans (6 semestres) | Code de la santé publique, art. L4311-3
            N1101 | Autorisation de conduite délivrée par l'employeur | formation courte    | Code du travail, art. R4323-55
            K2503 | Carte professionnelle du CNAPS                  | CQP APS : 175 h     | Code de la sécurité intérieure, art. L612-20
            """)
    void theRequiredTitleItsLengthAndItsLegalSourceAreSaid(String rome, String title, String length, String reference) throws Exception {
        TargetOccupation t = SmallWorld.target(SmallWorld.path(EducationLevel.AUCUN), rome);
        assertTrue(t.regulated());
        assertTrue(t.access().requirement().startsWith(title), t.access().requirement());
        assertTrue(t.access().usualLength().startsWith(length), t.access().usualLength());
        assertTrue(t.access().reference().startsWith(reference), t.access().reference());
        assertTrue(t.access().source().startsWith("http"));
        assertTrue(t.reasons().stream().anyMatch(r -> r.kind().equals("accès") && r.text().startsWith("Métier réglementé : " + title)
                && r.text().contains(reference)), t.reasons().toString());
    }

    @Test
    void aRegulatedFicheOutsideTheTableQuotesTheRomeText() throws Exception {
        TargetOccupation t = SmallWorld.target(SmallWorld.path(EducationLevel.AUCUN), "J1404");
        assertTrue(t.regulated());
        assertNull(t.access().requirement());
        assertTrue(t.reasons().stream().anyMatch(r -> r.text().equals("Métier réglementé (ROME) : « Cet emploi est accessible avec un "
                + "Diplôme d'Etat de masseur-kinésithérapeute, obligatoire pour exercer. »")), t.reasons().toString());
    }

    @Test
    void noRegulatedOccupationIsEverNowEvenWhenCloseWithAFullOverlap() throws Exception {
        // N1101 shares 6 of 10 units with the cashier; K2503 too, and the ROME does not flag it: our table does.
        for (EducationLevel level : EducationLevel.values()) {
            PathResult result = SmallWorld.path(level);
            for (TargetOccupation t : result.occupations()) {
                if (t.regulated()) {
                    assertNotEquals(Horizon.NOW, t.horizon(), level + " " + t.rome());
                    assertFalse(t.noTrainingNeeded(), level + " " + t.rome());
                }
            }
        }
    }

    @Test
    void aNurseMovingToSchoolNursingAlreadyHoldsTheTitleButIsStillNotNow() throws Exception {
        FixturePathData data = SmallWorld.data().fiche("J1511", "Infirmier scolaire", "J1505", true, false).rank("J1506", "J1511", 1)
                .has("J1506", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8").has("J1511", "k1", "k2", "k3", "k4", "k5", "k6", "k7");
        PathResult nurse = new PathEngine(data.index(), RankingWeights.DEFAULT).compute(new fr.passerelle.engine.profile.JobSeekerProfile(
                new fr.passerelle.domain.RomeCode("J1506"), new fr.passerelle.domain.InseeCode(SmallWorld.LILLE), 30, EducationLevel.BAC3,
                null, 0, 0, false), 10, SmallWorld.TODAY);
        TargetOccupation t = SmallWorld.target(nurse, "J1511");
        assertEquals(Horizon.SHORT, t.horizon());
        assertTrue(t.horizonReason().text().contains("le titre exigé (Diplôme d'État d'infirmier) est aussi celui de son métier actuel"),
                t.horizonReason().text());
        // The cashier does not hold it: for her the same occupation is a longer project.
        FixturePathData cashierData = SmallWorld.data().fiche("J1511", "Infirmier scolaire", "J1505", true, false).rank("D1505", "J1511", 8);
        TargetOccupation forHer = SmallWorld.target(new PathEngine(cashierData.index(), RankingWeights.DEFAULT)
                .compute(SmallWorld.cashier(EducationLevel.BAC3, 30), 100, SmallWorld.TODAY), "J1511");
        assertEquals(Horizon.LONG, forHer.horizon());
    }

    @Test
    void theBundledTableLoadsWithASourceForEveryRow() {
        RegulatedTable table = RegulatedTable.bundled();
        assertTrue(table.rows().size() >= 20, "rows: " + table.rows().size());
        table.rows().values().forEach(row -> {
            assertTrue(row.source().startsWith("http"), row.rome());
            assertFalse(row.reference().isBlank(), row.rome());
        });
        assertEquals(11, table.row("J1501").orElseThrow().months());
        assertEquals(4, table.row("J1501").orElseThrow().level());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', textBlock = """
            J1501|Aide-soignant|DEAS|diplôme|1 540 h|onze|4|CSP|https://x # t.csv:3: durée en mois « onze » n'est pas un nombre entier
            X1501|Aide-soignant|DEAS|diplôme|1 540 h|11|4|CSP|https://x # t.csv:3: « X1501 » n'est pas un code ROME
            J1501|Aide-soignant|DEAS|brevet|1 540 h|11|4|CSP|https://x # t.csv:3: nature « brevet » inconnue
            J1501|Aide-soignant|DEAS|diplôme|1 540 h|11|4|CSP|ailleurs # t.csv:3: exigence, durée, référence et source (adresse http) sont obligatoires
            J1501|Aide-soignant|DEAS|diplôme|1 540 h|11|4|CSP # t.csv:3: 9 colonnes attendues séparées par « | », 8 trouvées
            """)
    void aBadRowIsRefusedWithItsLineAndWhatIsWrong(String row, String message) {
        String csv = "# commentaire\nrome|metier|exigence|nature|duree|mois|niveau|reference|source\n" + row + "\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegulatedTable.read(new BufferedReader(new StringReader(csv)), "t.csv"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
