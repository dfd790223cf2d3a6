package fr.passerelle.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.store.CacheDigest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code passerelle --lang en import}: the summary, the rejected rows, the skipped files, the index step and a refused
 * file's located error in English; without {@code --lang} (or with {@code --lang fr}) the same runs print the French
 * they always printed.
 */
class ImportLanguageTest extends SampleSeededCacheTest {
    private static final String COMMUNES_HEADER = "code_insee,nom_commune,code_departement,code_region,codes_postaux,latitude,longitude";
    private static final String LILLE = "59350,Lille,59,32,59000|59160|59260|59777|59800,50.631855,3.046987";

    private record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String[] withLanguage(String language, String... args) {
        List<String> all = new ArrayList<>();
        if (language != null) {
            all.addAll(List.of("--lang", language));
        }
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void aRefusedFileIsSaidInEnglishAndTheCacheIsUnchanged() throws IOException {
        Path home = seededHome(work.resolve("home"));
        Path bad = Files.writeString(in.resolve("communes.csv"),
                COMMUNES_HEADER + "\r\n" + LILLE + "\r\n5935,Lens,62,32,62300,50.432,2.833\r\n", UTF_8);
        String before = CacheDigest.of(database);

        Run english = run(withLanguage("en", "import", "--home", home.toString(), bad.toString()));
        Run french = run(withLanguage(null, "import", "--home", home.toString(), bad.toString()));
        Run frenchAsked = run(withLanguage("fr", "import", "--home", home.toString(), bad.toString()));

        assertEquals(2, english.exit(), english.err());
        assertEquals("communes.csv:3: column code_insee: \"5935\" is not an INSEE commune code (expected 5 characters, such as"
                + " 59350 or 2A004)\nImport cancelled: the cache did not change.\n", english.err().replace("\r\n", "\n"));
        assertEquals(2, french.exit());
        assertEquals("communes.csv:3: colonne code_insee : '5935' n'est pas un code commune INSEE (5 caractères, ex. 59350 ou"
                + " 2A004)\nImport annulé : le cache n'a pas changé.\n", french.err().replace("\r\n", "\n"));
        assertEquals(french, frenchAsked);
        assertEquals("", english.out());
        assertEquals(before, CacheDigest.of(database), "the template is untouched");
    }

    @Test
    void aMissingPathIsSaidInEnglish() {
        Path home = seededHome(work.resolve("home"));
        Path missing = in.resolve("absent");

        Run english = run(withLanguage("en", "import", "--home", home.toString(), missing.toString()));

        assertEquals(2, english.exit());
        assertEquals(List.of(missing + ": file or folder not found", "Import cancelled: the cache did not change."),
                english.err().lines().toList());
    }

    @Test
    void theSummaryRejectedRowsAndSkippedFilesAreInEnglishAndStayFrenchByDefault() throws IOException {
        Path folder = Files.createDirectories(in.resolve("lot"));
        Files.writeString(folder.resolve("communes.csv"), COMMUNES_HEADER + "\r\n" + LILLE + "\r\n", UTF_8);
        // Advice rows: a damaged one is reported and left out, the import goes on.
        Files.writeString(folder.resolve("contact_modes.csv"),
                "naf_prefix,rome,contact_mode\n47,D1505,Candidature spontanée\n47,K1401Conception,Par courrier\n", UTF_8);
        Files.writeString(folder.resolve("notes.txt"), "rien d'officiel\n", UTF_8);

        Run english = run(withLanguage("en", "import", "--no-index", "--home", seededHome(work.resolve("en")).toString(),
                folder.toString()));
        Run french = run(withLanguage(null, "import", "--no-index", "--home", seededHome(work.resolve("fr")).toString(),
                folder.toString()));

        assertEquals(0, english.exit(), english.err());
        assertEquals(0, french.exit(), french.err());
        List<String> en = english.outLines();
        List<String> fr = french.outLines();
        assertTrue(en.get(0).matches("Communes \\(INSEE, codes postaux, coordonnées\\) +communes\\.csv +read +1 +rejected +0"
                + " +stored +1 +[0-9]+(\\.[0-9])? s"), en.get(0));
        assertTrue(fr.get(0).matches("Communes \\(INSEE, codes postaux, coordonnées\\) +communes\\.csv +lues +1 +rejetées +0"
                + " +enregistrées +1 +[0-9]+(,[0-9])? s"), fr.get(0));
        // The columns line up the same in both languages: only the words between the figures differ.
        assertEquals(fr.get(0).indexOf("communes.csv"), en.get(0).indexOf("communes.csv"));
        assertTrue(en.contains("    rejected: contact_modes.csv:3: \"K1401Conception\" is not a ROME code: row not kept"), english.out());
        assertTrue(fr.contains("    rejet : contact_modes.csv:3: 'K1401Conception' n'est pas un code ROME : ligne non gardée"), french.out());
        assertTrue(en.contains("skipped: " + folder.resolve("notes.txt") + " (format not recognised)"), english.out());
        assertTrue(fr.contains("ignoré : " + folder.resolve("notes.txt") + " (format non reconnu)"), french.out());
        assertEquals("2 datasets imported, 1 file skipped.", en.get(en.size() - 1));
        assertEquals("2 jeux de données importés, 1 fichier ignoré.", fr.get(fr.size() - 1));
        for (String french_ : List.of("lues", "rejet", "ignoré", "importés", "non reconnu", "ligne non gardée")) {
            assertFalse(english.out().contains(french_), "« " + french_ + " » in English: " + english.out());
        }
    }

    @Test
    void theIndexStepAfterAnImportIsSaidInEnglish() throws IOException {
        Path file = Files.writeString(in.resolve("communes.csv"), COMMUNES_HEADER + "\r\n" + LILLE + "\r\n", UTF_8);

        Run english = run(withLanguage("en", "import", "--home", seededHome(work.resolve("en")).toString(), file.toString()));

        assertEquals(0, english.exit(), english.err());
        List<String> en = english.outLines();
        assertEquals("1 dataset imported, 0 files skipped.", en.get(1));
        assertTrue(en.get(2).matches("Import finished in [0-9,]+(\\.[0-9])? s\\."), en.get(2));
        assertEquals("Path and occupation indexes: building them for the next commands…", en.get(3));
        assertTrue(en.get(4).matches("Indexes saved in [0-9,]+(\\.[0-9])? s: the next command answers without rebuilding them\\.")
                || en.get(4).startsWith("Indexes not saved ("), en.get(4));
    }

    @Test
    void anUnsafeDataFolderIsRefusedInEnglish() throws IOException {
        Path file = Files.writeString(in.resolve("communes.csv"), COMMUNES_HEADER + "\r\n" + LILLE + "\r\n", UTF_8);
        String hostile = work.resolve("h") + ";INIT=RUNSCRIPT FROM 'x' --";

        Run english = run(withLanguage("en", "import", "--home", hostile, file.toString()));

        assertEquals(2, english.exit(), english.err());
        assertTrue(english.err().startsWith("passerelle: the path of the data folder \""), english.err());
        assertTrue(english.err().contains("contains \";\", which the database would read as the start of its settings"),
                english.err());
    }
}
