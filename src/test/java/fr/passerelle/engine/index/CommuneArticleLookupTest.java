package fr.passerelle.engine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.territory.Commune;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A commune whose name starts with an article (Le Havre, Les Andelys, L'Isle-Adam) is found when the counsellor types
 * it without the article ("Havre") or in the official sorted form ("Havre (Le)"): it comes first among the suggestions,
 * before names that merely start the same way. Before, "Havre" suggested Aire, Arre, Aure... and never Le Havre.
 */
class CommuneArticleLookupTest {
    private static final TerritoryIndex INDEX = new TerritoryIndex(List.of(), List.of(), List.of(
            commune("76351", "Le Havre", "76"), commune("62425", "Havrincourt", "62"), commune("08004", "Aire", "08"),
            commune("30016", "Arre", "30"), commune("27016", "Les Andelys", "27"), commune("95313", "L'Isle-Adam", "95"),
            commune("59350", "Lille", "59")), List.of(), List.of(), List.of());

    private static Commune commune(String insee, String name, String departement) {
        return new Commune(new InseeCode(insee), name, departement, "28", null, null);
    }

    @ParameterizedTest
    @CsvSource({"Havre, 76351", "havre, 76351", "Andelys, 27016", "Isle-Adam, 95313", "Isle Adam, 95313"})
    void aNameTypedWithoutItsArticleSuggestsTheCommuneFirst(String typed, String insee) {
        TerritoryIndex.Lookup lookup = INDEX.lookup(typed);
        assertTrue(lookup.place().isEmpty(), "still a suggestion, not a silent choice");
        assertEquals(insee, lookup.candidates().get(0).insee(), typed + " → " + lookup.candidates());
    }

    @ParameterizedTest
    @CsvSource({"'Havre (Le)', 76351", "'Andelys (Les)', 27016", "'Isle-Adam (L'')', 95313", "Le Havre, 76351"})
    void theOfficialSortedFormAndTheFullNameAreFound(String typed, String insee) {
        TerritoryIndex.Lookup lookup = INDEX.lookup(typed);
        assertTrue(lookup.place().isPresent(), typed + " → " + lookup.candidates());
        assertEquals(insee, lookup.place().get().insee());
    }
}
