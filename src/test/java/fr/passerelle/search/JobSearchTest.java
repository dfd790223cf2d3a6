package fr.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.domain.RomeCode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JobSearchTest {

    private static List<String> romeCodes(List<JobMatch> matches) {
        return matches.stream().map(m -> m.title().romeCode().value()).toList();
    }

    private static List<String> labels(List<JobMatch> matches) {
        return matches.stream().map(m -> m.title().label()).toList();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static void assertKindsInOrder(List<JobMatch> matches) {
        for (int i = 1; i < matches.size(); i++) {
            assertTrue(matches.get(i - 1).kind().compareTo(matches.get(i).kind()) <= 0,
                    () -> "exact, then prefix, then words: " + matches);
        }
    }

    /** On the 13,120 appellations and 1,584 fiche labels of ROME 4.60; skipped when ../shared/data is absent. */
    @Nested
    class RealRomeTitles {
        private static JobSearch rome;

        private static Path romeFolder() {
            Optional<Path> folder = RomeV460Titles.folder();
            assumeTrue(folder.isPresent(), "ROME 4.60 export absent (system property passerelle.shared)");
            return folder.get();
        }

        private static synchronized JobSearch rome() {
            Path folder = romeFolder();
            if (rome == null) {
                rome = JobSearch.build(RomeV460Titles.load(folder));
            }
            return rome;
        }

        @ParameterizedTest(name = "\"{0}\" → {1} {2}")
        @CsvSource(delimiter = '|', textBlock = """
                hotesse de caise    | D1505 | Hôte / Hôtesse de caisse
                CARISTE             | N1101 | Cariste
                Cariste             | N1101 | Cariste
                Caissière           | D1505 | Caissier / Caissière
                hôtesses de caisse  | D1505 | Hôte / Hôtesse de caisse
                CAISSIER            | D1505 | Caissier / Caissière
                cassier             | D1505 | Caissier / Caissière
                pâtissier           | D1104 | Pâtissier / Pâtissière
                patissier           | D1104 | Pâtissier / Pâtissière
                PÂTISSIÈRES         | D1104 | Pâtissier / Pâtissière
                plombeir            | F1603 | Plombier / Plombière
                ingé bâtiment       | F1106 | Ingénieur / Ingénieure bâtiment
                ingé bât            | F1106 | Ingénieur / Ingénieure bâtiment
                aides-soignantes    | J1501 | Aide-soignant / Aide-soignante
                boulangre           | D1102 | Boulanger / Boulangère
                infirmeire scolaire | J1511 | Infirmier / Infirmière scolaire
                secretaire          | M1607 | Secrétaire
                Cariste pointeuse   | N1101 | Cariste pointeur / Cariste pointeuse
                agent d'entretien du bâtiment | I1203 | Agent / Agente d'entretien du bâtiment
                """)
        void findsTheTitleFirst(String query, String rome, String label) {
            List<JobMatch> matches = rome().search(query, 10);

            assertFalse(matches.isEmpty(), query);
            assertEquals(rome, matches.get(0).title().romeCode().value(), () -> query + " → " + labels(matches));
            assertEquals(label, matches.get(0).title().label(), () -> query + " → " + labels(matches));
        }

        @ParameterizedTest
        @ValueSource(strings = {"electricien", "électricien", "ELECTRICIENNE", "electr", "élec"})
        void findsTheElectricienAppellationsFirst(String query) {
            List<JobMatch> matches = rome().search(query, 10);

            assertEquals(10, matches.size());
            for (JobMatch match : matches) {
                assertTrue(folded(match.title().label()).startsWith("electricien"), () -> query + " → " + labels(matches));
            }
            assertTrue(romeCodes(matches).containsAll(List.of("F1602", "I1309")), () -> query + " → " + labels(matches));
        }

        @Test
        void ranksTheExactTitleBeforeTitlesStartingWithIt() {
            List<JobMatch> matches = rome().search("Cariste", 10);

            assertEquals("Cariste", matches.get(0).title().label());
            assertEquals(JobMatch.MatchKind.EXACT, matches.get(0).kind());
            assertTrue(labels(matches).contains("Cariste pointeur / Cariste pointeuse"));
            assertTrue(labels(matches).indexOf("Cariste") < labels(matches).indexOf("Cariste pointeur / Cariste pointeuse"));
            assertEquals(JobMatch.MatchKind.PREFIX, matches.get(1).kind());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Cariste", "caissiere", "electr", "plombier", "agent d'entretien", "ingé bât", "car",
            "hotesse de caise", "vendeu"})
        void listsExactThenPrefixThenWordMatches(String query) {
            assertKindsInOrder(rome().search(query, 30));
        }

        @Test
        void showsATitleThatIsBothAppellationAndFicheLabelOnce() {
            List<JobMatch> matches = rome().search("cariste", 10);

            assertEquals(1, labels(matches).stream().filter("Cariste"::equals).count(), () -> labels(matches).toString());
        }

        @ParameterizedTest
        @ValueSource(strings = {"xqzwv", "azerty uiop", "zzzzzz", "qwxcvbn", "kkkk jjjj"})
        void findsNothingForGibberish(String query) {
            assertEquals(List.of(), labels(rome().search(query, 10)));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n", "de la", "l'", "- / -"})
        void findsNothingForABlankQuery(String query) {
            assertEquals(List.of(), rome().search(query, 10));
        }

        @Test
        void honoursTheLimit() {
            assertEquals(5, rome().search("agent", 5).size());
            assertEquals(List.of(), rome().search("agent", 0));
        }

        @Test
        void givesTheSameResultsEveryTimeAndOnEveryBuild() {
            JobSearch again = JobSearch.build(RomeV460Titles.load(romeFolder()));
            for (String query : List.of("agent", "electr", "cariste", "plombeir", "hotesse de caise", "ingé bât", "car")) {
                List<JobMatch> first = rome().search(query, 20);
                assertEquals(first, rome().search(query, 20), query);
                assertEquals(labels(first), labels(again.search(query, 20)), query);
            }
        }

        @Test
        void findsEveryTitleByItsOwnLabelAsAnExactMatch() {
            JobSearch search = rome();
            List<JobTitle> all = RomeV460Titles.load(romeFolder());
            List<String> missed = new ArrayList<>();
            for (JobTitle title : all) {
                List<JobMatch> matches = search.search(title.label(), 10);
                boolean found = matches.stream().anyMatch(m -> m.kind() == JobMatch.MatchKind.EXACT
                        && m.title().label().equals(title.label()) && m.title().romeCode().equals(title.romeCode()));
                if (!found) {
                    missed.add(title.romeCode().value() + " " + title.label());
                }
            }
            assertEquals(List.of(), missed);
        }
    }

    /** On a few hand-made titles: always runs. */
    @Nested
    class HandMadeTitles {
        private final JobSearch search = JobSearch.build(List.of(
                title("11679", "Cariste", "N1101", "Cariste", false),
                title("11681", "Agent / Agente de quai cariste", "N1101", "Cariste", false),
                title("11687", "Cariste pointeur / Cariste pointeuse", "N1101", "Cariste", false),
                title("11640", "Caissier / Caissière", "D1505", "Hôte / Hôtesse de caisse", false),
                title("15487", "Hôte / Hôtesse de caisse", "D1505", "Hôte / Hôtesse de caisse", false),
                title("17837", "Plombier / Plombière", "F1603", "Plombier / Plombière sanitaire", false),
                title("14635", "Electricien / Electricienne du bâtiment", "F1602", "Electricien / Electricienne du bâtiment", false),
                title("11111", "Electro-bobinier / Electro-bobinière", "H2601", "Bobinier / Bobinière de la construction électrique", false),
                title("17576", "Pâtissier / Pâtissière", "D1104", "Pâtissier / Pâtissière", false),
                title("500", "Cariste", "N1101", "Cariste", true),
                title("114", "Hôte / Hôtesse de caisse", "D1505", "Hôte / Hôtesse de caisse", true)));

        private static JobTitle title(String ogr, String label, String rome, String romeLabel, boolean fiche) {
            return new JobTitle(ogr, label, new RomeCode(rome), romeLabel, fiche);
        }

        @ParameterizedTest(name = "\"{0}\" → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                hotesse de caise   | Hôte / Hôtesse de caisse
                hôtesses de caisse | Hôte / Hôtesse de caisse
                HOTE DE CAISSE     | Hôte / Hôtesse de caisse
                Caissière          | Caissier / Caissière
                caissiers          | Caissier / Caissière
                PATISSIER          | Pâtissier / Pâtissière
                plombeir           | Plombier / Plombière
                electri            | Electricien / Electricienne du bâtiment
                bobin              | Electro-bobinier / Electro-bobinière
                """)
        void toleratesAccentsCaseGenderPluralsAndTypos(String query, String label) {
            assertEquals(label, search.search(query, 5).get(0).title().label());
        }

        @Test
        void listsTheExactTitleThenTitlesStartingWithItThenTitlesContainingIt() {
            List<JobMatch> matches = search.search("cariste", 10);

            assertEquals(List.of("Cariste", "Cariste pointeur / Cariste pointeuse", "Agent / Agente de quai cariste"),
                    labels(matches));
            assertEquals(List.of(JobMatch.MatchKind.EXACT, JobMatch.MatchKind.PREFIX, JobMatch.MatchKind.WORDS),
                    matches.stream().map(JobMatch::kind).toList());
        }

        @Test
        void keepsTheAppellationWhenAFicheLabelReadsTheSame() {
            List<JobMatch> matches = search.search("hôtesse de caisse", 10);

            assertEquals(List.of("Hôte / Hôtesse de caisse"), labels(matches));
            assertFalse(matches.get(0).title().occupationLabel());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "de", "xqzwv"})
        void findsNothingForBlankOrUnknownText(String query) {
            assertEquals(List.of(), search.search(query, 10));
        }

        @Test
        void copesWithAPastedPage() {
            String page = "Cariste pointeur ".repeat(3000) + "x".repeat(40_000);

            List<JobMatch> matches = search.search(page, 10);

            assertEquals("Cariste pointeur / Cariste pointeuse", matches.get(0).title().label());
            assertEquals(List.of(), search.search("x".repeat(40_000), 10));
        }

        @Test
        void searchesAnEmptyListWithoutFailing() {
            JobSearch empty = JobSearch.build(List.of());

            assertEquals(0, empty.size());
            assertEquals(List.of(), empty.search("cariste", 10));
        }
    }
}
