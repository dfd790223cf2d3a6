package fr.passerelle.importer;

import fr.passerelle.importer.catalog.FormatCatalog;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.store.ReferenceCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Small helpers for importer tests on a real H2 cache in a temporary folder. */
public final class ImportTestSupport {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);

    private ImportTestSupport() {
    }

    public static ImportReport importPaths(ReferenceCache database, Path... paths) throws ImportException {
        ImportService service = new ImportService(FormatCatalog.standard(), database, CLOCK);
        return service.run(service.plan(List.of(paths)), ProgressListener.NONE);
    }

    /** Imports and expects a refusal; checks the cache did not change; returns the message. */
    public static String importFails(ReferenceCache database, Path... paths) {
        String before = CacheDigest.of(database);
        ImportException e = assertThrows(ImportException.class, () -> importPaths(database, paths));
        assertEquals(before, CacheDigest.of(database), "a refused import must leave the cache unchanged");
        return e.getMessage();
    }

    public static Path write(Path folder, String name, String content) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's data-samples/ folder. */
    public static Path samples() {
        String basedir = System.getProperty("basedir");
        return (basedir == null ? Path.of("") : Path.of(basedir)).resolve("data-samples").toAbsolutePath();
    }

    /** The shared real open data folder, or null when absent (tests then skip). */
    public static Path sharedData() {
        String shared = System.getProperty("passerelle.shared");
        if (shared == null || shared.isBlank()) {
            return null;
        }
        Path data = Path.of(shared, "data");
        return Files.isDirectory(data) ? data : null;
    }
}
