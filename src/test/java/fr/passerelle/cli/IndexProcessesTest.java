package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ChildJvm;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.app.Home;
import fr.passerelle.app.ImportChildMain;
import fr.passerelle.app.IndexWriterChildMain;
import fr.passerelle.app.Workstation;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.persist.IndexFileException;
import fr.passerelle.engine.index.persist.PathIndexFile;
import fr.passerelle.search.JobSearchFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Persisted indexes and two processes on one data folder. */
class IndexProcessesTest extends SampleSeededCacheTest {

    @Test
    void whileAnotherProcessImportsIndexesAreBuiltInMemoryAndNothingIsWritten() throws Exception {
        Path home = seededHome(work.resolve("home"));
        String generation = Files.readString(home.resolve("cache/CURRENT")).strip();
        Path folder = home.resolve("cache").resolve(generation);
        try (ChildJvm importing = ChildJvm.start(List.of("-Dpasserelle.test.pauseAt=import.written"), Map.of(),
                ImportChildMain.class.getName(), home.toString(), "2026-11-28T09:30:00Z",
                SharedData.sample("labonneboite/naf_labels.csv").toString())) {
            assertNotNull(importing.awaitErrLine("@@phase import.written", 300), importing.err().toString());
            try (Workstation w = Workstation.open(new Home(home))) {
                assertEquals(generation, w.indexes().await().version());
                assertFalse(w.indexes().await().jobSearch().search("caissier", 3).isEmpty());
            }
            assertFalse(Files.exists(PathIndexFile.in(folder)), "the writer lock is another process's: nothing written");
            assertFalse(Files.exists(JobSearchFile.in(folder)));
        }
        try (Workstation w = Workstation.open(new Home(home))) {
            w.indexes().await();
        }
        assertTrue(Files.exists(PathIndexFile.in(folder)), "once the import is gone, the next process saves them");
    }

    @Test
    void aReaderNeverSeesAPartlyWrittenIndexWhileAnotherProcessWritesIt() throws Exception {
        Path home = seededHome(work.resolve("home"));
        String generation = Files.readString(home.resolve("cache/CURRENT")).strip();
        Path file = PathIndexFile.in(home.resolve("cache").resolve(generation));
        int reads = 0;
        int absent = 0;
        try (ChildJvm writer = ChildJvm.start(List.of(), Map.of(), IndexWriterChildMain.class.getName(), home.toString(), "150")) {
            while (writer.isAlive() || reads == 0) {
                try {
                    PathIndex index = PathIndexFile.read(file, generation);
                    assertTrue(index.companies().size() > 0 && index.trainings().size() > 0);
                    reads++;
                } catch (IndexFileException e) {
                    // Before the first rename there is no file; after it, only whole files: anything else is a failure.
                    assertTrue(e.getMessage().startsWith("pas d'index enregistré"), e.getMessage());
                    assertEquals(0, reads, "the file never disappears once written: " + e.getMessage());
                    absent++;
                    Thread.sleep(5);
                }
                if (!writer.isAlive() && !Files.exists(file)) {
                    break;
                }
            }
            assertEquals(0, writer.waitFor(300), writer.err().toString());
            assertTrue(writer.err().toString().contains("@@written 150"), writer.err().toString());
        }
        assertTrue(reads >= 5, "read while being rewritten: " + reads + " reads, " + absent + " absent");
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains(".tmp-")).toList(),
                    "no temporary file left");
        }
    }
}
