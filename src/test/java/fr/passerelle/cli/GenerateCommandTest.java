package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code passerelle generate}: exit codes and one-line messages. */
class GenerateCommandTest {
    /** The generator draws from the real open data; these tests are skipped where it is absent. */
    private static String inputs() {
        return fr.passerelle.SharedData.assumeRealData().toString();
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String... args) {
        return PasserelleCommand.run(home -> {
            throw new AssertionError("no window");
        }, args);
    }

    private String errLines() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void generatesIntoTheOutputFolder(@TempDir Path dir) {
        int code = run("generate", "--sessions", "50", "--companies", "80", "--seed", "3", "--out", dir.toString(), "--from", inputs());
        assertEquals(0, code, errLines());
        assertTrue(Files.exists(dir.resolve("README.txt")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("données synthétiques"));
    }

    @Test
    void negativeCountIsBadInput(@TempDir Path dir) {
        assertEquals(2, run("generate", "--sessions", "-5", "--out", dir.toString(), "--from", inputs()));
        assertTrue(errLines().contains("--sessions"), errLines());
        assertFalse(errLines().contains("\n"), errLines());
    }

    @Test
    void negativeCompaniesIsBadInput(@TempDir Path dir) {
        assertEquals(2, run("generate", "--companies", "-1", "--out", dir.toString(), "--from", inputs()));
        assertTrue(errLines().contains("--companies"), errLines());
    }

    @Test
    void missingOutIsBadInput() {
        assertEquals(2, run("generate", "--sessions", "5"));
        assertTrue(errLines().contains("--out"), errLines());
    }

    @Test
    void withoutFromItSaysWhichFolderIsNeededInFrench(@TempDir Path dir) {
        assertEquals(2, run("generate", "--sessions", "5", "--out", dir.toString()));
        assertEquals("passerelle: generate : indiquez --from DOSSIER, le dossier des fichiers officiels (communes, ROME 4,"
                + " ROME↔NAF, Formacode, FAP-2021, bassins BMO ; voir generate.md) : les données d'exemple livrées n'ont ni"
                + " Formacode ni FAP-2021", errLines());
        try (var written = java.nio.file.Files.list(dir)) {
            assertEquals(0, written.count(), "nothing written");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void outThatCannotBeCreatedIsBadInput(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(2, run("generate", "--sessions", "5", "--companies", "5", "--out", file.resolve("sub").toString(),
                "--from", inputs()));
        assertTrue(errLines().startsWith("passerelle: --out"), errLines());
        assertFalse(errLines().contains("\n"), errLines());
    }

    @Test
    void fromFolderWithoutTheReferenceFilesIsBadInput(@TempDir Path dir, @TempDir Path empty) {
        assertEquals(2, run("generate", "--out", dir.toString(), "--from", empty.toString()));
        assertTrue(errLines().contains("geo/communes.csv"), errLines());
        assertTrue(errLines().contains("labonneboite/rome_naf_mapping.csv"), errLines());
        assertFalse(errLines().contains("\n"), errLines());
    }

    @Test
    void malformedReferenceFileIsBadInputWithFileAndLine(@TempDir Path dir, @TempDir Path from) throws Exception {
        copyTree(Path.of(inputs()), from);
        Files.writeString(from.resolve("labonneboite/rome_naf_mapping.csv"),
                "rome_id,rome_label,naf_id,naf_label,hirings\nD1505,Caisse,4711D,Supermarchés,beaucoup\n");
        assertEquals(2, run("generate", "--out", dir.toString(), "--from", from.toString()));
        assertTrue(errLines().contains("rome_naf_mapping.csv:2"), errLines());
    }

    private static void copyTree(Path source, Path target) throws Exception {
        try (var walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
