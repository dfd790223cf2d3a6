package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SharedData;
import fr.passerelle.engine.index.TerritoryIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms in which a counsellor gives a commune besides its name or five-digit code, on the national communes:
 * a code whose leading zero a spreadsheet dropped ("1004", the Ain), the INSEE code of a municipal arrondissement of
 * Paris, Marseille or Lyon (75111, 13201, 69381: the national file, like the COG's commune list, holds only the
 * communes 75056, 13055 and 69123), and a homonym followed by its département as the path's own header and suggestions
 * print it ("Saint-Denis (93)"). Before, each of them was "n'est dans aucun jeu de données du cache".
 */
class CommuneCodeFormsOnRealDataTest {
    private static TerritoryIndex national;

    @BeforeAll
    static void load() throws Exception {
        national = PersonaCommunesOnRealDataTest.national(SharedData.assumeRealData().resolve("geo/communes.csv"));
    }

    @ParameterizedTest
    @CsvSource({"1004, 01004", "' 1004 ', 01004", "9122, 09122", "01004, 01004",
            "75111, 75056", "75101, 75056", "75120, 75056", "13201, 13055", "13216, 13055", "69381, 69123", "69389, 69123",
            "'Saint-Denis (93)', 93066", "'saint denis (974)', 97411", "'SAINTE-MARIE (972)', 97228",
            "'Sainte-Marie(25)', 25523", "'Havre (Le) (76)', 76351"})
    void aCommuneGivenInAnotherUsualFormIsFound(String typed, String insee) {
        TerritoryIndex.Lookup lookup = national.lookup(typed);
        assertTrue(lookup.place().isPresent(), typed + " → " + lookup.candidates());
        assertEquals(insee, lookup.place().get().insee(), typed);
    }

    @ParameterizedTest
    @CsvSource({"75121", "75100", "13217", "69380", "69390", "'Saint-Denis (59)'"})
    void aCodeOutsideTheArrondissementsOrANameOutsideItsDepartementIsNotGuessed(String typed) {
        assertTrue(national.lookup(typed).place().isEmpty(), typed);
    }

    @ParameterizedTest
    @CsvSource({"'Saint-Denis (59)'"})
    void aNameInTheWrongDepartementStillSuggestsItsHomonyms(String typed) {
        assertTrue(national.lookup(typed).candidates().stream().anyMatch(p -> p.insee().equals("93066")),
                typed + " → " + national.lookup(typed).candidates());
    }
}
