package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.app.CacheSnapshot;
import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.persist.PathIndexFile;
import fr.passerelle.store.PathDataStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * On the bundled samples read from H2: the streaming build (sessions and companies read in chunks, written straight
 * into the file's sections) writes the bytes the previous builder wrote (the whole index in memory, then written),
 * whatever the chunk size; the file the workstation saves after its first start is that file.
 */
class StreamedIndexOnSamplesTest extends SampleSeededCacheTest {

    @Test
    void everyChunkSizeWritesTheBytesOfTheInMemoryBuild() throws Exception {
        Path home = seededHome(work.resolve("home"));
        try (Workstation w = Workstation.open(new Home(home)); CacheSnapshot snapshot = w.snapshot()) {
            String version = snapshot.version();
            PathDataStore store = new PathDataStore(snapshot.database());
            Path previous = work.resolve("previous/" + PathIndexFile.FILE_NAME);
            PathIndex built = PathIndex.build(store);
            PathIndexFile.write(previous, version, PathIndex.smallSources(store), built);
            assertTrue(built.companies().size() > 10 && built.trainings().size() > 10,
                    "the samples have sessions and companies to chunk: " + built.trainings().size() + ", " + built.companies().size());

            for (int chunk : new int[] {1, 2, 7, 1_000_000}) {
                Path streamed = work.resolve("streamed-" + chunk + "/" + PathIndexFile.FILE_NAME);
                PathIndexFile.build(streamed, version, new PathDataStore(snapshot.database(), chunk), ProgressListener.NONE, chunk);
                assertEquals(-1L, Files.mismatch(previous, streamed), "chunks of " + chunk);
            }

            w.indexes().await(); // the first start builds and saves
            assertEquals(-1L, Files.mismatch(previous, PathIndexFile.in(home.resolve("cache").resolve(version))),
                    "the saved file is the previous builder's");
        }
    }
}
