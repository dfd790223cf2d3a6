package fr.passerelle.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ChildJvm;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder whose path H2 would read as settings never reaches a JDBC URL: an {@code INIT=RUNSCRIPT} smuggled in
 * through {@code --home} or {@code PASSERELLE_HOME} does not run, and the command says why, in French, with exit 2.
 */
class SafeDataFolderTest {
    @TempDir
    Path dir;

    /** A script that, if H2 ever ran it, would write a file beside it. */
    private Path evilScript() throws IOException {
        Path proof = dir.resolve("pwned.csv");
        return Files.writeString(dir.resolve("evil.sql"), "CALL CSVWRITE('" + proof + "', 'SELECT 1');\n", UTF_8);
    }

    private String hostileHome() throws IOException {
        return dir.resolve("h") + ";INIT=RUNSCRIPT FROM '" + evilScript() + "' --";
    }

    @Test
    void aHomeOptionThatSmugglesAnInitScriptIsRefusedWithExit2AndTheScriptNeverRuns() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = PasserelleCommand.run(home -> { }, new PrintWriter(out, true), new PrintWriter(err, true),
                "status", "--home", hostileHome());

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().startsWith("passerelle: le chemin du dossier de données"), err.toString());
        assertTrue(err.toString().contains("contient « ; »"), err.toString());
        assertFalse(Files.exists(dir.resolve("pwned.csv")), "the INIT script ran");
        assertFalse(Files.exists(dir.resolve("h;INIT=RUNSCRIPT FROM '" + dir.resolve("evil.sql") + "' --")), "a folder was created");
    }

    @Test
    void theSameThroughPassrelleHomeIsRefusedToo() throws Exception {
        try (ChildJvm child = ChildJvm.cli(Map.of("PASSERELLE_HOME", hostileHome()), "status")) {
            int exit = child.waitFor(120);

            assertEquals(2, exit, String.join("\n", child.err()));
            assertTrue(String.join("\n", child.err()).contains("contient « ; »"), child.err().toString());
            assertFalse(Files.exists(dir.resolve("pwned.csv")), "the INIT script ran");
        }
    }

    @Test
    void aLegitimateFolderNameWithASemicolonGetsTheSameClearMessageForImport() throws IOException {
        StringWriter err = new StringWriter();

        int exit = PasserelleCommand.run(home -> { }, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "import", "--home", dir.resolve("Dupont; Martin").toString(), dir.toString());

        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("choisissez un dossier dont le chemin n'en contient pas"), err.toString());
    }
}
