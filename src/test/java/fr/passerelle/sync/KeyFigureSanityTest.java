package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SharedData;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.catalog.FormatCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Key figures measured on the real files of ../shared/data and on mutated copies of them (in a temporary folder): a
 * plausible new version passes, a broken one is refused with the figure, the old and the new value.
 */
class KeyFigureSanityTest {
    private static final String TENSION = "labour_market/tension_indicateurs_rome_bassin_2021.csv";
    private static final String ROME = "rome_v460/unix_referentiel_code_rome_v460_utf8.csv";
    private static final String CPF = "trainings/cpf_trainings_sample.csv";
    private static final String COMPANIES = "labonneboite/etablissements_sample_2016.csv";
    /** The repository's fictional sample: the real extract has no coordinates to lose. */
    private static final String SAMPLE_COMPANIES = "samples:entreprises/entreprises_hauts_de_france_exemple.csv";

    @TempDir
    Path work;

    private static Path data;

    @BeforeAll
    static void realData() {
        data = SharedData.assumeRealData();
    }

    /** Replaces column {@code col} of every data row that has no quote before it. */
    private static UnaryOperator<List<String>> column(int col, UnaryOperator<String> change) {
        return lines -> {
            List<String> out = new ArrayList<>(List.of(lines.get(0)));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", col + 2);
                boolean plain = cells.length > col && Stream.of(cells).limit(col + 1).noneMatch(c -> c.contains("\""));
                if (plain) {
                    cells[col] = change.apply(cells[col]);
                    out.add(String.join(",", cells));
                } else {
                    out.add(line);
                }
            }
            return out;
        };
    }

    private static String times(String value, double factor) {
        // a continuation line of a quoted multi-line field has something else there: left as it is
        return !value.matches("[0-9.]+") ? value : String.format(Locale.ROOT, "%.4f", Double.parseDouble(value) * factor);
    }

    /** Keeps the data rows whose index passes {@code keep} (header always kept). */
    private static UnaryOperator<List<String>> rows(java.util.function.BiPredicate<Integer, String> keep) {
        return lines -> {
            List<String> out = new ArrayList<>(List.of(lines.get(0)));
            for (int i = 1; i < lines.size(); i++) {
                if (keep.test(i, lines.get(i))) {
                    out.add(lines.get(i));
                }
            }
            return out;
        };
    }

    /** The tension rows of an employment area whose code hashes into the first {@code percent} of 100 buckets. */
    private static boolean inAreaShare(String line, int percent) {
        return Math.floorMod(line.split(",")[2].hashCode(), 100) < percent;
    }

    static Stream<Arguments> versions() {
        return Stream.of(
                Arguments.of("the same file", TENSION, UnaryOperator.<List<String>>identity(), null),
                Arguments.of("offers up by a tenth everywhere", TENSION, column(3, v -> times(v, 1.1)), null),
                Arguments.of("offers ×3 (a unit change)", TENSION, column(3, v -> times(v, 3)),
                        "offres moyennes par zone : "),
                Arguments.of("a third of the employment areas missing", TENSION,
                        rows((i, line) -> !inAreaShare(line, 33)), "zones d'emploi couvertes : "),
                Arguments.of("offers halved in 40 % of the areas", TENSION,
                        (UnaryOperator<List<String>>) lines -> {
                            List<String> out = new ArrayList<>(List.of(lines.get(0)));
                            lines.subList(1, lines.size()).forEach(l -> out.add(inAreaShare(l, 40)
                                    ? column(3, v -> times(v, 0.4)).apply(List.of("", l)).get(1) : l));
                            return out;
                        }, "zones dont les offres doublent ou diminuent de moitié : "),
                Arguments.of("a ROME version removing 2 % of the codes", ROME, rows((i, l) -> i % 50 != 0), null),
                Arguments.of("a ROME export missing a tenth of its codes", ROME, rows((i, l) -> i % 10 != 0),
                        "codes ROME retirés : "),
                Arguments.of("training prices in cents instead of euros", CPF, column(3, v -> times(v, 100)),
                        "prix médian d'une formation (€) : "),
                Arguments.of("an establishments extract missing three quarters of them", COMPANIES,
                        rows((i, l) -> i % 4 == 0), "SIRET distincts : "),
                Arguments.of("companies whose coordinates were lost for half of them (fictional sample)", SAMPLE_COMPANIES,
                        (UnaryOperator<List<String>>) lines -> {
                            List<String> out = new ArrayList<>(List.of(lines.get(0)));
                            for (int i = 1; i < lines.size(); i++) {
                                out.add(i % 2 == 0 ? lines.get(i) : column(9, v -> "").apply(
                                        column(8, v -> "").apply(List.of("", lines.get(i)))).get(1));
                            }
                            return out;
                        }, "part des établissements géolocalisés : "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void aNewVersionIsJudgedOnItsKeyFiguresAgainstTheCachedOne(String what, String file, UnaryOperator<List<String>> mutate,
                                                               String refusedFigure) throws Exception {
        Path original = file.startsWith("samples:") ? SharedData.sample(file.substring(8)) : data.resolve(file);
        Path copy = Files.createDirectories(work.resolve("new")).resolve(original.getFileName());
        Files.write(copy, mutate.apply(Files.readAllLines(original, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        List<String> header = List.of(Files.readAllLines(original).get(0).replace("\"", "").split(","));
        DatasetFormat format = FormatCatalog.standard().byName(original.getFileName().toString())
                .or(() -> FormatCatalog.standard().byHeader(header)).orElseThrow();
        KeyFigures old = KeyFigures.of(original, format);
        KeyFigures now = KeyFigures.of(copy, format);
        assertTrue(!old.isEmpty(), "the real file has key figures: " + old.values());

        List<String> refusals = SanityRules.standard().checkFigures(old, now);
        if (refusedFigure == null) {
            assertEquals(List.of(), refusals, what);
        } else {
            assertTrue(refusals.stream().anyMatch(r -> r.contains(refusedFigure) && r.contains(" au lieu de ")
                    || r.contains(refusedFigure) && r.contains(" sur ")), what + ": " + refusals);
            assertEquals(List.of(), SanityRules.acceptJumps().checkFigures(old, now), "--accepter-ecarts accepts it");
        }
    }

    @Test
    void theRefusalNamesTheFigureWithItsOldAndNewValueInFrench() throws Exception {
        Path original = data.resolve(TENSION);
        Path copy = work.resolve(original.getFileName());
        Files.write(copy, column(3, v -> times(v, 3)).apply(Files.readAllLines(original)));
        DatasetFormat format = FormatCatalog.standard().byName(original.getFileName().toString()).orElseThrow();
        KeyFigures old = KeyFigures.of(original, format);
        double mean = old.values().get(KeyFigures.OFFERS_PER_AREA);
        assertEquals(403.0, old.values().get(KeyFigures.AREAS), "the 2021 file covers 403 employment areas");

        List<String> refusals = SanityRules.standard().checkFigures(old, KeyFigures.of(copy, format));

        assertEquals("offres moyennes par zone : " + FrenchCounts.decimal(mean * 3) + " au lieu de "
                + FrenchCounts.decimal(mean) + " (×3,00 ; accepté entre ×0,50 et ×2,00)", refusals.get(0));
    }

    @Test
    void nothingToCompareWithMeansOnlyLineCountsWereChecked() throws Exception {
        DatasetFormat format = FormatCatalog.standard().byName(Path.of(TENSION).getFileName().toString()).orElseThrow();
        KeyFigures now = KeyFigures.of(data.resolve(TENSION), format);
        assertEquals(List.of(), SanityRules.standard().checkFigures(null, now));
        assertEquals(List.of(), SanityRules.standard().checkFigures(KeyFigures.NONE, now));
    }
}
