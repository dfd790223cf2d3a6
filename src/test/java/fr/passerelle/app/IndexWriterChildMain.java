package fr.passerelle.app;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.persist.PathIndexFile;
import fr.passerelle.store.PathDataStore;
import java.nio.file.Path;

/**
 * A second process that writes the persisted path index of a home's published generation again and again (as a
 * workstation does after a build), printing {@code @@written N} on stderr after each write. Arguments: HOME, TIMES.
 */
public final class IndexWriterChildMain {
    private IndexWriterChildMain() {
    }

    public static void main(String[] args) throws Exception {
        int times = Integer.parseInt(args[1]);
        try (Workstation workstation = Workstation.open(new Home(Path.of(args[0])));
             CacheSnapshot snapshot = workstation.snapshot()) {
            PathDataStore store = new PathDataStore(snapshot.database());
            PathIndex built = PathIndex.build(store, ProgressListener.NONE);
            Path file = PathIndexFile.in(Path.of(args[0]).resolve("cache").resolve(snapshot.version()));
            for (int i = 1; i <= times; i++) {
                PathIndexFile.write(file, snapshot.version(), PathIndex.smallSources(store), built);
                System.err.println("@@written " + i);
            }
        }
    }
}
