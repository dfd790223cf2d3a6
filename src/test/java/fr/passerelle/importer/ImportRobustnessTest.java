package fr.passerelle.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.store.SqlProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Odd but valid files, and files that are not what they seem (issue 8, items 3 to 9): each refused with the file,
 * the line and what is wrong, the cache unchanged, or read correctly; nothing in a folder is silently dropped.
 */
class ImportRobustnessTest extends SampleSeededCacheTest {
    private static final String APPELLATIONS = "unix_referentiel_appellation_v460_utf8.csv";

    @Test
    void aHeaderOnlyFileIsRefusedAndTheDatasetKeepsItsRows() throws IOException {
        String header = Files.readString(SharedData.sample("rome_v460/" + APPELLATIONS), UTF_8).lines().findFirst().orElseThrow();
        Path file = Files.writeString(in.resolve(APPELLATIONS), header + "\n", UTF_8);

        String error = refused(file);

        assertEquals(APPELLATIONS + ":1: en-tête seul, aucune ligne de données : le fichier semble tronqué ; il n'est pas"
                + " importé (il viderait « ROME 4 – appellations »)", error);
        assertEquals(214, SqlProbe.count(database, "rome_appellation"));
    }

    @Test
    void aStrayQuoteInAnUnquotedFieldIsRefusedWithTheField() throws IOException {
        Path file = Files.writeString(in.resolve("naf_labels.csv"), "naf_id,naf_label\n4711D,Supermarchés\n"
                + "12077\",Chef / Cheffe de caisses\"\n", UTF_8);

        assertEquals("naf_labels.csv:3: guillemet isolé dans le champ 1 (« 12077\" ») : un champ qui contient des"
                + " guillemets doit être entre guillemets, ses guillemets doublés", refused(file));
    }

    @Test
    void quotesDoubledInsideAQuotedFieldAreData() throws Exception {
        Path file = Files.writeString(in.resolve("naf_labels.csv"), "naf_id,naf_label\n4711D,\"Le \"\"super\"\" marché\"\n", UTF_8);

        ImportFixtures.importPaths(database, file);

        assertEquals("Le \"super\" marché", SqlProbe.value(database, "SELECT label FROM naf_label WHERE code = '4711D'"));
    }

    @Test
    void aByteOrderMarkBeforeAQuotedHeaderIsAccepted() throws Exception {
        byte[] quoted = Files.readAllBytes(SharedData.sample("rome_v460/" + APPELLATIONS));
        assertTrue(quoted[0] == '"', "the sample's header must be quoted for this test to mean something");
        Path file = in.resolve(APPELLATIONS);
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Files.write(file, quoted, java.nio.file.StandardOpenOption.APPEND);

        ImportReport report = ImportFixtures.importPaths(database, file);

        assertEquals(214, report.datasets().get(0).dataset().rowsStored());
    }

    @Test
    void aCodeFileThatDropsACodeStillUsedInTheCacheIsRefusedWithTheCode() throws IOException {
        String codes = Files.readString(SharedData.sample("rome_v460/unix_referentiel_code_rome_v460_utf8.csv"), UTF_8);
        String withoutD1505 = codes.lines().filter(l -> !l.startsWith("\"D1505\"") && !l.startsWith("D1505"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertTrue(withoutD1505.length() < codes.length(), "D1505 must be in the sample for this test");
        Path file = Files.writeString(in.resolve("unix_referentiel_code_rome_v460_utf8.csv"), withoutD1505, UTF_8);

        String error = refused(file);

        assertTrue(error.startsWith("unix_referentiel_code_rome_v460_utf8.csv: l'import retirerait du cache des codes ROME"
                + " encore utilisés par "), error);
        assertTrue(error.contains(" : D1505 ("), error);
        assertTrue(error.contains("« ROME 4 – appellations », " + APPELLATIONS), error);
    }

    @Test
    void aCodeFileReplacedTogetherWithTheFilesThatUseItIsAccepted() throws Exception {
        ImportReport report = ImportFixtures.importPaths(database, SharedData.sample("rome_v460"));

        assertEquals(11, report.datasets().size());
    }

    @Test
    void aPipeABrokenLinkAndAnUnreadableFolderAreListedAsSkippedWithTheirReason() throws Exception {
        Path folder = Files.createDirectories(in.resolve("depot"));
        Files.copy(SharedData.sample("labonneboite/naf_labels.csv"), folder.resolve("naf_labels.csv"));
        Files.createSymbolicLink(folder.resolve("cassé.csv"), folder.resolve("absent.csv"));
        boolean pipe = mkfifo(folder.resolve("tube.csv"));
        Path locked = Files.createDirectories(folder.resolve("verrouillé"));
        Files.copy(SharedData.sample("geo/regions.csv"), locked.resolve("regions.csv"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            ImportReport report = ImportFixtures.importPaths(database, folder);

            Map<String, String> skipped = report.skipped().stream()
                    .collect(Collectors.toMap(s -> s.path().getFileName().toString(), ImportPlan.SkippedFile::reason));
            assertEquals("lien symbolique cassé : sa cible n'existe pas", skipped.get("cassé.csv"));
            if (pipe) {
                assertEquals("ni un fichier ni un dossier (tube nommé, périphérique...)", skipped.get("tube.csv"));
            }
            if (!Files.isReadable(locked)) { // root reads everything: then the folder is simply imported
                assertEquals("illisible : accès refusé", skipped.get("verrouillé"));
            }
            assertEquals(List.of("lbb.naf_labels"), report.datasets().stream().map(d -> d.dataset().kind())
                    .filter(k -> !k.equals("geo.regions")).toList());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aPipeGivenByNameIsRefusedWithoutBeingOpened() throws Exception {
        Path pipe = in.resolve("tube.csv");
        assumeTrue(mkfifo(pipe), "mkfifo unavailable");

        assertEquals(pipe + ": ni un fichier ni un dossier (tube nommé, périphérique...) : importez un fichier ordinaire",
                refused(pipe));
    }

    @Test
    void anUnreadableFileGivenByNameIsRefusedInFrench() throws Exception {
        Path file = Files.copy(SharedData.sample("labonneboite/naf_labels.csv"), in.resolve("naf_labels.csv"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: every file is readable");

        assertEquals(file + ": fichier illisible : accès refusé", refused(file));
    }

    @Test
    void aFileGivenByNameThatIsNoKnownFormatIsRefused() throws IOException {
        Path file = Files.writeString(in.resolve("notes.csv"), "a,b\n1,2\n", UTF_8);

        assertTrue(refused(file).startsWith("notes.csv: format non reconnu : ni le nom d'un fichier officiel"));
    }

    @Test
    void anEmptyJsonArrayIsRefusedRatherThanEmptyingItsDataset() throws IOException {
        Path file = Files.writeString(in.resolve("regions.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}\n", UTF_8);

        String error = refused(file);

        assertTrue(error.startsWith("regions.geojson:1: aucune donnée dans le fichier"), error);
    }

    @Test
    void aJsonNestedDeeperThanJacksonAllowsIsRefusedWithLineAndColumn() throws IOException {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        Path file = Files.writeString(in.resolve("regions.geojson"), "{\"type\": \"FeatureCollection\",\n\"features\": [\n"
                + "{\"type\": \"Feature\", \"properties\": {\"code\": \"32\", \"nom\": \"Hauts\"}, \"geometry\": " + deep + "}]}\n", UTF_8);

        String error = refused(file);

        assertTrue(error.matches("regions\\.geojson:3: JSON mal formé \\(colonne \\d+\\) : imbrication trop profonde.*"), error);
    }

    @Test
    void aBmoExportWithAStrayQuoteIsRefusedWithItsLine() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.sample("bmo/bmo_2025_exemple.csv"), UTF_8);
        String second = lines.get(2);
        int comma = second.indexOf(',');
        lines.set(2, second.substring(0, comma) + "\"" + second.substring(comma));
        Path file = Files.write(in.resolve("bmo_2025_exemple.csv"), lines, UTF_8);

        assertTrue(refused(file).startsWith("bmo_2025_exemple.csv:3: guillemet isolé dans le champ 1"), refused(file));
    }

    /** Runs the import, expects it refused, checks the cache did not move, returns the message. */
    private String refused(Path file) {
        String before = CacheDigest.of(database);
        ImportException e = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, file));
        assertEquals(before, CacheDigest.of(database), "a refused import must leave the cache unchanged");
        return e.getMessage();
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
