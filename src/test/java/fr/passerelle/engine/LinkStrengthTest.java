package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.rules.EngineRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.index.PathIndex;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How strong each kind of link is, and what its reason says, on the small world. */
class LinkStrengthTest {
    private static Map<String, Proximity.Candidate> candidates;

    @BeforeAll
    static void candidates() {
        PathIndex index = SmallWorld.data().index();
        List<Proximity.Candidate> list = new Proximity(index.referential(), index.market())
                .candidates("D1505", index.territory().place(SmallWorld.LILLE).orElseThrow(), "4.60", EducationLevel.AUCUN);
        candidates = list.stream().collect(Collectors.toMap(Proximity.Candidate::code, Function.identity()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            D1507 | 1.0   | true  | Mobilité officielle ROME 4 depuis D1505, rang 1
            D1424 | 0.95  | true  | Mobilité officielle ROME 4 depuis D1505, rang 2
            M1101 | 0.6   | false | Mobilité officielle ROME 4 depuis D1505, rang 9
            M1601 | 0.75  | false | Mobilité ROME 3 « proche » de D1505 vers M1601 (Accueil et renseignements)
            M1614 | 0.6   | false | Lien ROME 3 « proche » de D1505 vers M1601 (Accueil et renseignements), étendu à cette fiche ROME 4 qui en est issue : lien plus faible
            K1305 | 0.55  | false | Mobilité ROME 3 « évolution » de D1505 vers l'appellation « Assistant de soins en gérontologie » (fiche K1305)
            N1103 | 0.4   | false | Métier connexe dans son bassin (score 0,50)
            N1113 | 0.32  | false | Métier connexe N1103 dans son bassin (score 0,50), étendu à cette fiche ROME 4 qui en est issue : lien plus faible
            """)
    void eachLinkHasItsStrengthAndSaysWhereItComesFrom(String code, double strength, boolean close, String reason) {
        Proximity.Candidate c = candidates.get(code);
        assertEquals(strength, c.link(), 1e-9, code);
        assertEquals(close, c.closeMove(), code);
        assertTrue(c.reasons().stream().anyMatch(r -> r.text().equals(reason)), c.reasons().toString());
    }

    @Test
    void aRome3LinkIsWeakerThanARome4LinkOfCloseRank() {
        assertTrue(candidates.get("M1601").link() < Proximity.rank(EngineRules.CLOSE_RANK.asInt()));
    }

    @Test
    void aRome3LinkAddsNothingWhereRome4AlreadyLinks() {
        assertFalse(candidates.get("D1424").reasons().stream().anyMatch(r -> r.text().contains("ROME 3")),
                candidates.get("D1424").reasons().toString());
    }

    @Test
    void aLinkNarrowedToAJobTitleReachesOnlyTheFicheHoldingIt() {
        assertFalse(candidates.containsKey("K1301"), "the ROME 3 code's heir is not reached by a link to one of its titles");
        assertTrue(candidates.containsKey("K1305"));
    }

    @Test
    void aLinkFromOneOfHerJobTitlesOnlyAndAWeakConnexeMakeNoCandidate() {
        assertFalse(candidates.containsKey("G1602"), "ROME 3 link from job title 11111 only");
        assertFalse(candidates.containsKey("A1101"), "connexe score 0.2 is below " + EngineRules.CONNEXE_MIN_SCORE.value());
        assertFalse(candidates.containsKey("D1505"), "her own occupation");
    }

    @ParameterizedTest(name = "rank {0}")
    @CsvSource({"1, 1.0", "3, 0.9", "10, 0.55", "15, 0.3", "30, 0.3"})
    void rome4StrengthFallsWithTheRankDownToAFloor(int rank, double expected) {
        assertEquals(expected, Proximity.rank(rank), 1e-9);
    }
}
