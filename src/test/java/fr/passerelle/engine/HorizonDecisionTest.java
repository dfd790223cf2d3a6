package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.Access;
import fr.passerelle.engine.result.Horizon;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The horizon rule on its own, one case per line: what decides now, short or long. */
class HorizonDecisionTest {

    @ParameterizedTest(name = "[{index}] {11}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # regulated | months | ROME text (first sentence decides)                    | entry | open  | her level | close | shared | of | shortest h | horizon | reason
            false | -  | -                                                                | -     | false | AUCUN | true  | 6  | 30 | -    | NOW   | 6 compétences et savoirs en commun (20 % de la fiche)
            false | -  | -                                                                | -     | false | AUCUN | true  | 5  | 20 | -    | SHORT | 5 compétences en commun (25 % de la fiche) : trop peu
            false | -  | -                                                                | -     | false | AUCUN | true  | 6  | 31 | -    | SHORT | 6 compétences en commun (19 % de la fiche) : trop peu
            false | -  | -                                                                | -     | false | AUCUN | false | 20 | 30 | -    | SHORT | lien moins proche
            false | -  | -                                                                | 3     | false | AUCUN | true  | 10 | 30 | -    | NOW   | niveau d'accès habituel CAP / BEP, le sien sans diplôme : un atout
            false | -  | -                                                                | 5     | false | BAC   | true  | 10 | 30 | -    | SHORT | niveau d'accès habituel bac+2, le sien bac
            false | -  | -                                                                | 4     | false | AUCUN | true  | 10 | 30 | -    | LONG  | niveau d'accès habituel bac, le sien sans diplôme
            false | -  | -                                                                | 4     | true  | AUCUN | true  | 10 | 30 | -    | NOW   | pas de formation obligatoire
            false | -  | -                                                                | 7     | false | BAC3  | true  | 10 | 30 | -    | LONG  | niveau d'accès habituel bac+5, le sien bac+3 / bac+4
            false | -  | -                                                                | 6     | false | BAC2  | false | 10 | 30 | -    | LONG  | niveau d'accès habituel bac+3 / bac+4, le sien bac+2
            false | -  | -                                                                | -     | false | AUCUN | false | 10 | 30 | 1601 | LONG  | la formation la plus courte trouvée dure 1 601 h
            false | -  | -                                                                | -     | false | AUCUN | false | 10 | 30 | 1600 | SHORT | lien moins proche
            true  | 11 | -                                                                | -     | false | AUCUN | true  | 30 | 30 | -    | LONG  | métier réglementé, le titre exigé demande
            true  | 6  | -                                                                | -     | false | AUCUN | true  | 30 | 30 | -    | SHORT | métier réglementé, le titre exigé demande
            true  | 1  | -                                                                | 6     | false | CAP   | true  | 30 | 30 | -    | LONG  | niveau d'accès habituel bac+3 / bac+4, le sien CAP / BEP
            true  | -  | Cet emploi est accessible avec un Diplôme d'Etat d'infirmier.    | -     | false | BAC5  | true  | 30 | 30 | -    | LONG  | un diplôme d'État est exigé
            true  | -  | Accessible via un concours administratif. Diplôme d'État requis. | -     | false | BAC5  | true  | 30 | 30 | -    | LONG  | un concours de la fonction publique est exigé
            true  | -  | Accessible avec un agrément. Peut être complété par un diplôme d'État. | - | false | AUCUN | true  | 30 | 30 | -    | SHORT | de durée non précisée
            false | -  | Ce métier est accessible sur concours avec un Bac (général, professionnel, ...). | 4 | false | CAP | true | 10 | 30 | - | LONG | accessible sur concours
            false | -  | Cet emploi est accessible via un concours de catégorie B de la fonction publique. | - | false | BAC | true | 10 | 30 | - | LONG | accessible sur concours
            false | -  | Ce métier est accessible sur concours de la fonction publique territoriale ou par voie contractuelle. | - | false | AUCUN | true | 10 | 30 | - | NOW | pas de formation obligatoire
            false | -  | Cet emploi est accessible à partir d'un niveau CAP, en accès direct ou par concours. | - | false | AUCUN | true | 10 | 30 | - | NOW | pas de formation obligatoire
            false | -  | Accessible avec un CAP. Un concours interne permet ensuite d'évoluer. | - | false | AUCUN | true | 10 | 30 | - | NOW | pas de formation obligatoire
            """)
    void decides(boolean regulated, Integer months, String romeText, Integer entry, boolean open, EducationLevel her, boolean close,
                 int shared, int of, Integer shortest, Horizon expected, String reason) {
        Access access = new Access(regulated, months == null ? null : "Titre", months == null ? null : "durée", months, "réf", "http://x",
                romeText == null ? List.of() : List.of(romeText), entry, open);
        Proximity.Candidate c = new Proximity.Candidate("X0000", 1, new SkillOverlap.Result(shared, of, List.of(), List.of(), List.of()),
                1, close, List.of());
        HorizonRule.Decision d = HorizonRule.decide(c, access, her, shortest);
        assertEquals(expected, d.horizon(), d.reason().text());
        assertTrue(d.reason().text().contains(reason), d.reason().text());
    }
}
