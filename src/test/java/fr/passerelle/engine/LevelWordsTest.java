package fr.passerelle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Levels and open access read from real ROME 4.60 access texts and certification labels. */
class LevelWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ce métier est accessible avec un diplôme de niveau CAP/BEP à Bac+2 (BTS, DUT, ...) dans les secteurs de la vente. | 3 | false
            Cet emploi est accessible avec un diplôme de niveau Bac +3 à Bac +5 en comptabilité.                             | 6 | false
            Cet emploi est accessible à partir d'un Bac+ 2/3 (BTS, BUT, licence) jusqu'au niveau Bac+5 (Master).              | 5 | false
            Cet emploi est accessible avec un Master ou un Doctorat.                                                         | 7 | false
            Cet emploi est accessible avec un Doctorat en astrophysique (Bac + 8).                                            | 8 | false
            Cet emploi est accessible avec un Bac Pro Commerce ou un BTS MCO.                                                 | 4 | false
            Cet emploi est accessible sans qualification particulière, mais un CAP Employé de commerce serait un plus.       | 3 | true
            Cet emploi est accessible à tous les niveaux de qualification. Cependant le permis C est obligatoire.           | 0 | true
            Cet emploi est accessible sans formation et sans certification obligatoire.                                      | 0 | true
            Aucun diplôme spécifique n'est requis pour accéder à ce métier.                                                   | 0 | true
            Un permis d'exploitation est obligatoire, ainsi qu'une licence IV pour vendre des boissons alcoolisées.          | 0 | false
            Cet emploi est accessible avec un Diplôme d'Etat d'Infirmier, obligatoire pour exercer.                           | 0 | false
            Dans le but de progresser, une formation peut être suivie.                                                        | 0 | false
            """)
    void readsTheLowestLevelNamedAndOpenAccess(String text, int level, boolean open) {
        assertEquals(level, LevelWords.lowestLevel(text), text);
        assertEquals(open, LevelWords.openAccess(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Bac pro métiers de l'accueil, 4", "CAP équipier polyvalent du commerce, 3", "BTS management commercial opérationnel, 5",
            "CQP opérateur logistique, 0", "Titre professionnel assistant de vie aux familles, 0", "Diplôme d'Etat d'aide-soignant, 0",
            "Licence professionnelle métiers du commerce, 6"})
    void readsTheLevelOfACertification(String label, int level) {
        assertEquals(level, LevelWords.lowestLevel(label));
    }
}
