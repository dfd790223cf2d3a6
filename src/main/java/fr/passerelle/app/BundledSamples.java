package fr.passerelle.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The hand-written sample data (data-samples/ in the repository) as the jar carries it under /samples, seen as a
 * folder: a real one when running from target/classes, the jar's own file system when running from the jar.
 */
public final class BundledSamples implements AutoCloseable {
    private final Path root;
    private final FileSystem ownFileSystem;

    private BundledSamples(Path root, FileSystem ownFileSystem) {
        this.root = root;
        this.ownFileSystem = ownFileSystem;
    }

    public static BundledSamples open() {
        URL url = BundledSamples.class.getResource("/samples/README.md");
        if (url == null) {
            throw new IllegalStateException("the sample data is missing from the build (samples/README.md)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                FileSystem own = null;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    own = fs;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new BundledSamples(fs.getPath("/samples"), own);
            }
            return new BundledSamples(Path.of(uri).getParent(), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public void close() {
        if (ownFileSystem != null) {
            try {
                ownFileSystem.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
