package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ChildJvm;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.app.HoldCacheMain;
import fr.passerelle.app.ImportChildMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One data folder, two processes (issue 11): reading commands work while another process has the folder open or is
 * importing into it; a second import at the same time is refused in French and changes nothing; a generation still
 * read by another process is kept on disk until that process is gone.
 */
class TwoProcessesTest extends SampleSeededCacheTest {

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PasserelleCommand.run(home -> { }, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void whileAnotherProcessImportsStatusAndJobsWorkAndASecondImportIsRefusedInFrench() throws Exception {
        Path home = seededHome(work.resolve("home"));
        String before = run("status", "--home", home.toString()).out();
        try (ChildJvm importing = ChildJvm.start(List.of("-Dpasserelle.test.pauseAt=import.written"), Map.of(),
                ImportChildMain.class.getName(), home.toString(), "2026-11-28T09:30:00Z",
                SharedData.sample("labonneboite/naf_labels.csv").toString())) {
            assertNotNull(importing.awaitErrLine("@@phase import.written", 300), importing.err().toString());

            Run status = run("status", "--home", home.toString());
            Run jobs = run("jobs", "caissier", "--home", home.toString());
            Run second = run("import", "--home", home.toString(), SharedData.sample("geo/regions.csv").toString());

            assertEquals(0, status.exit(), status.err());
            assertEquals(before, status.out(), "readers see the published state while an import is built");
            assertEquals(0, jobs.exit(), jobs.err());
            assertTrue(jobs.out().contains("D1505"), jobs.out());
            assertEquals(1, second.exit(), second.err());
            assertEquals("passerelle: un import est déjà en cours sur ce dossier de données (dans une autre fenêtre ou une"
                    + " autre commande Passerelle) : attendez qu'il se termine, puis relancez ; rien n'a été modifié\n", second.err());
        }
        assertEquals(before, run("status", "--home", home.toString()).out(), "the killed import changed nothing");
    }

    @Test
    void anImportWhileTheWindowIsOpenPublishesAndKeepsTheWindowsGenerationUntilItCloses() throws Exception {
        Path home = seededHome(work.resolve("home"));
        try (ChildJvm window = ChildJvm.start(List.of(), Map.of(), HoldCacheMain.class.getName(), home.toString())) {
            String held = window.awaitErrLine("@@holding ", 300);
            assertNotNull(held, window.err().toString());
            String generation = held.substring("@@holding ".length());

            Run imported = run("import", "--home", home.toString(), SharedData.sample("geo/regions.csv").toString());

            assertEquals(0, imported.exit(), imported.err());
            String current = Files.readString(home.resolve("cache").resolve("CURRENT")).strip();
            assertNotEquals(generation, current);
            assertTrue(Files.exists(home.resolve("cache").resolve(generation).resolve("reference.mv.db")),
                    "a generation another process reads must stay on disk");
            window.kill();
        }
        Run status = run("status", "--home", home.toString());
        assertEquals(0, status.exit(), status.err());
        try (var entries = Files.list(home.resolve("cache"))) {
            assertEquals(1, entries.filter(p -> p.getFileName().toString().matches("g\\d+")).count(),
                    "once the other process is gone, its generation is removed at the next open");
        }
    }
}
