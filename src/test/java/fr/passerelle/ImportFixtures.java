package fr.passerelle;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.importer.catalog.FormatCatalog;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.importer.ImportService;
import fr.passerelle.store.ReferenceCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/** Builds caches for tests: an import service on a fixed clock, and sample-seeded caches copied from a template. */
public final class ImportFixtures {
    /** The instant every test import is stamped with. */
    public static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private ImportFixtures() {
    }

    public static ImportService service(ReferenceCache database) {
        return new ImportService(FormatCatalog.standard(), database, CLOCK);
    }

    /** Plans and runs one import of the given files or folders. */
    public static ImportReport importPaths(ReferenceCache database, Path... paths) throws ImportException {
        return importPaths(database, ProgressListener.NONE, paths);
    }

    public static ImportReport importPaths(ReferenceCache database, ProgressListener progress, Path... paths)
            throws ImportException {
        ImportService service = service(database);
        return service.run(service.plan(List.of(paths)), progress);
    }

    /**
     * Creates in {@code folder} a cache holding every file of data-samples/ and closes it: a template that
     * {@link #copyCache} turns into a fresh sample-seeded cache in a few milliseconds.
     */
    public static Path sampleSeededTemplate(Path folder) throws ImportException {
        try (ReferenceCache database = ReferenceCache.open(folder)) {
            importPaths(database, SharedData.samples());
        }
        return folder;
    }

    /** The SHA-256 of a file, in lower-case hex, computed here independently of the importer. */
    public static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a closed cache folder (CURRENT and its generation folders) into {@code target}, created if needed. */
    public static Path copyCache(Path template, Path target) {
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(template.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!file.getFileName().toString().equals("writer.lock")) {
                    Files.copy(file, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
