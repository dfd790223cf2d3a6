package fr.passerelle.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sync's corner of the home folder: {@code sync/state.json}, {@code sync/downloads/} (complete gzips named by
 * their SHA-256, and {@code .part} files being resumed) and {@code sync/staging/} (the files unpacked for the import,
 * rebuilt by each run). Nothing here is the cache: deleting the folder costs a download, never data.
 */
public final class SyncFolder {
    private final Path root;

    public SyncFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public SyncStateStore state() {
        return new SyncStateStore(root.resolve("state.json"));
    }

    Path downloads() throws IOException {
        return Files.createDirectories(root.resolve("downloads"));
    }

    Path download(BundleManifest.BundleFile file) throws IOException {
        return downloads().resolve(file.gzipSha256() + ".gz");
    }

    Path part(BundleManifest.BundleFile file) throws IOException {
        return downloads().resolve(file.gzipSha256() + ".gz.part");
    }

    Path freshStaging() throws IOException {
        Path staging = root.resolve("staging");
        DurableFiles.deleteTree(staging);
        return Files.createDirectories(staging);
    }

    /** After a recorded run the staging copies and the downloads go: the cache holds what they carried. */
    void clean() throws IOException {
        DurableFiles.deleteTree(root.resolve("staging"));
        DurableFiles.deleteTree(root.resolve("downloads"));
    }
}
