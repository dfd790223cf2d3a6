package fr.passerelle.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.core.CancelledException;
import fr.passerelle.core.ProgressListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small generation from the real open data (200 sessions, 500 companies), read back file by file. */
class SyntheticGeneratorTest {
    private static final Pattern SCORES = Pattern.compile("[A-Z]\\d{4}:(100|\\d{1,2})(\\|[A-Z]\\d{4}:(100|\\d{1,2})){0,4}");
    private static final Set<String> BRACKETS = Set.of("00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41",
            "42", "51", "52", "53");

    @TempDir
    static Path out;
    private static GenerationReport report;
    private static Map<String, InputCommunes.Commune> communes;

    @BeforeAll
    static void generate() throws Exception {
        report = new SyntheticGenerator().generate(new GenerateRequest(200, 500, 42, out, TestData.inputs()), ProgressListener.NONE);
        communes = InputCommunes.read(TestData.inputs().resolve("geo/communes.csv"));
    }

    private static List<List<String>> companyRows() throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Path f : GeneratedTree.files(out.resolve("entreprises"), "*.csv")) {
            List<List<String>> all = GeneratedTree.csv(f);
            rows.addAll(all.subList(1, all.size()));
        }
        return rows;
    }

    @Test
    void writesAsManyCompaniesAsAsked() throws IOException {
        assertEquals(500, companyRows().size());
        assertEquals(500, report.companies());
    }

    @Test
    void writesAsManySessionsAsAsked() throws IOException {
        long sessions = 0;
        for (Path f : GeneratedTree.files(out.resolve("lheo"), "*.xml")) {
            sessions += GeneratedTree.count(f, "session");
        }
        assertEquals(200, sessions);
    }

    @Test
    void companyFilesHaveTheAgreedHeaderAndOneFilePerDepartement() throws IOException {
        List<Path> files = GeneratedTree.files(out.resolve("entreprises"), "*.csv");
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertTrue(f.getFileName().toString().matches("entreprises_[0-9AB]{2,3}_synthetique\\.csv"), f.toString());
            String firstLine = Files.readAllLines(f, StandardCharsets.UTF_8).get(0);
            assertEquals("siret,raison_sociale,enseigne,code_naf,tranche_effectif,code_insee_commune,code_postal,adresse,"
                    + "latitude,longitude,scores_embauche,source_scores", firstLine);
            String dep = f.getFileName().toString().split("_")[1];
            for (List<String> row : GeneratedTree.csv(f).subList(1, GeneratedTree.csv(f).size())) {
                assertEquals(dep, communes.get(row.get(5)).departement(), row.toString());
            }
        }
    }

    @Test
    void siretsAreLuhnValidAndUnique() throws IOException {
        Set<String> seen = new HashSet<>();
        for (List<String> row : companyRows()) {
            String siret = row.get(0);
            assertTrue(siret.matches("\\d{14}"), siret);
            assertTrue(Siret.isLuhnValid(siret), siret);
            assertTrue(Siret.isLuhnValid(siret.substring(0, 9)), "SIREN " + siret);
            assertTrue(seen.add(siret), "duplicate " + siret);
        }
        for (Path f : GeneratedTree.files(out.resolve("lheo"), "*.xml")) {
            for (String siret : GeneratedTree.texts(f, "SIRET")) {
                assertTrue(siret.matches("\\d{14}") && Siret.isLuhnValid(siret), siret);
                assertFalse(seen.contains(siret), "a training organisation shares a company's SIRET: " + siret);
            }
        }
    }

    @Test
    void companiesAreInRealCommunesWithOneOfTheirPostalCodesNearTheirCentre() throws IOException {
        for (List<String> row : companyRows()) {
            InputCommunes.Commune c = communes.get(row.get(5));
            assertTrue(c != null, "unknown commune " + row.get(5));
            assertTrue(c.postalCodes().contains(row.get(6)), row.toString());
            double lat = Double.parseDouble(row.get(8));
            double lon = Double.parseDouble(row.get(9));
            assertTrue(InputCommunes.inFrance(lat, lon), row.toString());
            assertTrue(InputCommunes.distanceKm(lat, lon, c.latitude(), c.longitude()) <= 2.05, row.toString());
        }
    }

    @Test
    void companyRowsAreWellFormed() throws IOException {
        Set<String> nafs = InputCommunes.column(TestData.inputs().resolve("labonneboite/rome_naf_mapping.csv"), "naf_id");
        for (List<String> row : companyRows()) {
            assertEquals(12, row.size());
            assertTrue(row.get(1).matches("Entreprise synthétique \\d{6}"), row.get(1));
            assertTrue(row.get(2).isEmpty() || row.get(2).endsWith("(synthétique)"), row.get(2));
            assertTrue(nafs.contains(row.get(3)), row.get(3));
            assertTrue(BRACKETS.contains(row.get(4)), row.get(4));
            assertTrue(SCORES.matcher(row.get(10)).matches(), row.get(10));
            assertEquals("estime", row.get(11));
        }
    }

    @Test
    void quotesFieldsWithCommasAsRfc4180Says() throws IOException {
        boolean quoted = false;
        for (Path f : GeneratedTree.files(out.resolve("entreprises"), "*.csv")) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                quoted |= line.contains(",\"") && line.contains("\",");
            }
        }
        assertTrue(quoted, "some addresses hold a comma and must be quoted");
        assertTrue(companyRows().stream().anyMatch(r -> r.get(7).contains(",")));
    }

    @Test
    void trainingsTakePlaceInRealCommunesInsideFrance() throws IOException {
        for (Path f : GeneratedTree.files(out.resolve("lheo"), "*.xml")) {
            List<String> insee = GeneratedTree.texts(f, "code-INSEE-commune");
            assertFalse(insee.isEmpty());
            insee.forEach(code -> assertTrue(communes.containsKey(code), code));
            List<String> lat = GeneratedTree.texts(f, "latitude");
            List<String> lon = GeneratedTree.texts(f, "longitude");
            for (int i = 0; i < lat.size(); i++) {
                assertTrue(InputCommunes.inFrance(Double.parseDouble(lat.get(i)), Double.parseDouble(lon.get(i))));
            }
        }
    }

    @Test
    void sessionsStartBetweenDecember2026And2028AndEndAfterTheyStart() throws IOException {
        for (Path f : GeneratedTree.files(out.resolve("lheo"), "*.xml")) {
            List<String> starts = GeneratedTree.texts(f, "debut");
            List<String> ends = GeneratedTree.texts(f, "fin");
            assertEquals(starts.size(), ends.size());
            for (int i = 0; i < starts.size(); i++) {
                assertTrue(starts.get(i).compareTo("20261200") >= 0 && starts.get(i).compareTo("20281231") <= 0, starts.get(i));
                assertTrue(ends.get(i).compareTo(starts.get(i)) >= 0, starts.get(i) + "-" + ends.get(i));
            }
        }
    }

    @Test
    void hoursAddUp() throws IOException {
        for (Path f : GeneratedTree.files(out.resolve("lheo"), "*.xml")) {
            List<String> centre = GeneratedTree.texts(f, "nombre-heures-centre");
            List<String> company = GeneratedTree.texts(f, "nombre-heures-entreprise");
            List<String> total = GeneratedTree.texts(f, "nombre-heures-total");
            for (int i = 0; i < total.size(); i++) {
                assertEquals(Integer.parseInt(total.get(i)), Integer.parseInt(centre.get(i)) + Integer.parseInt(company.get(i)));
                assertTrue(Integer.parseInt(total.get(i)) >= 14);
            }
        }
    }

    @Test
    void everythingSaysItIsSynthetic() throws IOException {
        assertTrue(Files.readString(out.resolve("README.txt")).startsWith("DONNÉES SYNTHÉTIQUES"));
        assertTrue(Files.readString(out.resolve("README.txt")).contains("Graine (--seed) : 42"));
        for (Path f : GeneratedTree.files(out.resolve("lheo"), "*.xml")) {
            assertTrue(f.getFileName().toString().matches("offres_\\d{2}_synthetique\\.xml"), f.toString());
            GeneratedTree.texts(f, "nom-organisme").forEach(name -> assertTrue(name.contains("(synthétique)"), name));
            assertTrue(GeneratedTree.texts(f, "extra").contains(SyntheticGenerator.SOURCE + " (région Hauts-de-France)")
                    || !f.getFileName().toString().contains("_32_"));
        }
        assertTrue(Files.exists(out.resolve("bmo/bmo_2025_synthetique.csv")));
    }

    @Test
    void bmoFileHasTheBmo2025LayoutAndConsistentCounts() throws IOException {
        List<List<String>> rows = GeneratedTree.csv(out.resolve("bmo/bmo_2025_synthetique.csv"));
        assertEquals(List.of("annee", "Code métier BMO", "Nom métier BMO", "Famille_met", "Lbl_fam_met", "REG", "NOM_REG",
                "Dept", "NomDept", "BE25", "NOMBE25", "met", "xmet", "smet"), rows.get(0));
        assertTrue(rows.size() > 50);
        boolean masked = false;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals("2025", row.get(0));
            assertTrue(row.get(1).matches("[A-Z][0-9A-Z][A-Z][0-9]{2}"), row.get(1));   // R0X61, T2A60, QAX01
            assertTrue(row.get(9).matches("\\d{4}"), row.get(9));
            masked |= row.get(11).equals("*");
            if (!row.get(11).equals("*")) {
                long met = Long.parseLong(row.get(11));
                assertTrue(row.get(12).equals("*") || Long.parseLong(row.get(12)) <= met, row.toString());
                assertTrue(row.get(13).equals("*") || Long.parseLong(row.get(13)) <= met, row.toString());
            }
        }
        assertTrue(masked, "small values are masked with *");
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path again) throws Exception {
        new SyntheticGenerator().generate(new GenerateRequest(200, 500, 42, again, TestData.inputs()), ProgressListener.NONE);
        assertEquals(GeneratedTree.hashes(out), GeneratedTree.hashes(again));
    }

    @Test
    void anotherSeedGivesOtherFiles(@TempDir Path other) throws Exception {
        new SyntheticGenerator().generate(new GenerateRequest(200, 500, 43, other, TestData.inputs()), ProgressListener.NONE);
        assertNotEquals(GeneratedTree.hashes(out).get("bmo/bmo_2025_synthetique.csv"),
                GeneratedTree.hashes(other).get("bmo/bmo_2025_synthetique.csv"));
    }

    @Test
    void moreCompaniesLeaveTheTrainingsUnchanged(@TempDir Path more) throws Exception {
        new SyntheticGenerator().generate(new GenerateRequest(200, 800, 42, more, TestData.inputs()), ProgressListener.NONE);
        Map<String, String> before = GeneratedTree.hashes(out);
        Map<String, String> after = GeneratedTree.hashes(more);
        before.keySet().stream().filter(k -> k.startsWith("lheo")).forEach(k -> assertEquals(before.get(k), after.get(k), k));
    }

    @Test
    void aSecondRunInTheSameFolderLeavesNoStaleFile(@TempDir Path dir) throws Exception {
        new SyntheticGenerator().generate(new GenerateRequest(200, 500, 42, dir, TestData.inputs()), ProgressListener.NONE);
        new SyntheticGenerator().generate(new GenerateRequest(0, 3, 42, dir, TestData.inputs()), ProgressListener.NONE);
        assertTrue(GeneratedTree.files(dir.resolve("lheo"), "*.xml").isEmpty());
        assertEquals(3, GeneratedTree.files(dir.resolve("entreprises"), "*.csv").stream()
                .mapToLong(f -> uncheckedLines(f) - 1).sum());
    }

    @Test
    void cancellingStopsAndRemovesPartialFiles(@TempDir Path dir) {
        ProgressListener cancelling = new ProgressListener() {
            private int calls;

            @Override
            public void progress(String step, long done, long total) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls > 2;
            }
        };
        assertThrows(CancelledException.class, () -> new SyntheticGenerator()
                .generate(new GenerateRequest(20_000, 20_000, 42, dir, TestData.inputs()), cancelling));
        assertEquals(List.of(), uncheckedTree(dir));
    }

    @Test
    void rejectsNegativeCounts(@TempDir Path dir) {
        GenerateException e = assertThrows(GenerateException.class, () -> new SyntheticGenerator()
                .generate(new GenerateRequest(-1, 5, 42, dir, TestData.inputs()), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("--sessions"));
    }

    @Test
    void rejectsAFromFolderWithoutTheReferenceFiles(@TempDir Path dir, @TempDir Path empty) {
        GenerateException e = assertThrows(GenerateException.class, () -> new SyntheticGenerator()
                .generate(new GenerateRequest(5, 5, 42, dir, empty), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("geo/communes.csv"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private static long uncheckedLines(Path f) {
        try {
            return Files.readAllLines(f).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> uncheckedTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(Path::toString).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
