package fr.passerelle.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.app.Home;
import fr.passerelle.app.IndexService;
import fr.passerelle.app.Workstation;
import fr.passerelle.engine.index.persist.PathIndexFile;
import fr.passerelle.search.JobSearchFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A command-line import ends by building and saving the indexes of the new data (after printing its own time), so
 * that the next command loads them; {@code --no-index} leaves that to the next command; a refused import builds
 * nothing.
 */
class IndexAfterImportTest extends SampleSeededCacheTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path appellations() throws Exception {
        return Files.writeString(in.resolve("unix_referentiel_appellation_v460_utf8.csv"),
                "\"code_ogr\",\"libelle_appellation_long\",\"libelle_appellation_court\",\"code_rome\",\"transition_eco\","
                        + "\"transition_num\",\"transition_demo\",\"emploi_reglemente\",\"emploi_cadre\",\"classification\","
                        + "\"origine\",\"code_rome_parent\",\"peu_usite\"\n"
                        + "\"99001\",\"Dompteur / Dompteuse de chariots\",\"Dompteur de chariots\",\"D1505\",\"\",\"\",\"\",\"\",\"\","
                        + "\"SYNONYME\",\"\",\"D1505\",\"N\"\n", UTF_8);
    }

    private static Path published(Path home) throws Exception {
        return home.resolve("cache").resolve(Files.readString(home.resolve("cache").resolve("CURRENT")).strip());
    }

    private static List<String> steps(Workstation w) {
        List<String> steps = new CopyOnWriteArrayList<>();
        w.indexes().addListener(new IndexService.Listener() {
            @Override
            public void started(String version) {
            }

            @Override
            public void progress(String step, long done, long total) {
                steps.add(step);
            }

            @Override
            public void finished(IndexService.Indexes indexes) {
            }

            @Override
            public void failed(Throwable error) {
            }
        });
        return steps;
    }

    @Test
    void anImportSavesTheIndexesOfTheNewDataAfterPrintingItsOwnTime() throws Exception {
        Path home = seededHome(work.resolve("home"));
        Path before = published(home);
        Run run = run(home, "import", appellations().toString());
        assertEquals(0, run.exit(), run.err());
        Path after = published(home);
        assertFalse(after.equals(before), "a new generation was published");
        assertTrue(Files.isRegularFile(PathIndexFile.in(after)), run.out());
        assertTrue(Files.isRegularFile(JobSearchFile.in(after)), run.out());
        int importTime = run.out().indexOf("Import terminé en ");
        int indexLine = run.out().indexOf("Index enregistrés en ");
        assertTrue(importTime >= 0 && indexLine > importTime, run.out());
        try (Workstation next = Workstation.open(new Home(home))) {
            List<String> steps = steps(next);
            IndexService.Indexes indexes = next.indexes().await();
            assertEquals(List.of("lecture de l'index enregistré"), steps, "the next process loads, it does not build");
            assertNull(next.indexFileProblem());
            assertEquals("Dompteur / Dompteuse de chariots",
                    indexes.jobSearch().search("dompteur de chariots", 3).get(0).title().label());
        }
    }

    @Test
    void noIndexLeavesTheBuildToTheNextCommand() throws Exception {
        Path home = seededHome(work.resolve("home"));
        Run run = run(home, "import", "--no-index", appellations().toString());
        assertEquals(0, run.exit(), run.err());
        Path after = published(home);
        assertFalse(Files.exists(PathIndexFile.in(after)));
        assertFalse(Files.exists(JobSearchFile.in(after)));
        assertFalse(run.out().contains("Index"), run.out());
        Run path = run(home, "path", "--job", "dompteur de chariots", "--commune", "59350");
        assertEquals(0, path.exit(), path.err());
        assertTrue(Files.isRegularFile(PathIndexFile.in(after)), "built and saved by the next command");
    }

    @Test
    void aRefusedImportBuildsNoIndex() throws Exception {
        Path home = seededHome(work.resolve("home"));
        Path before = published(home);
        Path bad = Files.writeString(in.resolve("unix_referentiel_appellation_v460_utf8.csv"),
                "\"code_ogr\",\"libelle_appellation_long\"\n\"x\"\n", UTF_8);
        Run run = run(home, "import", bad.toString());
        assertEquals(2, run.exit(), run.out());
        assertEquals(before, published(home));
        assertFalse(run.out().contains("Index"), run.out());
    }
}
