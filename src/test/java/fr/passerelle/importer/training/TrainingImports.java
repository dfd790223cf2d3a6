package fr.passerelle.importer.training;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.importer.catalog.FormatCatalog;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.importer.ImportService;
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

/** Test support for the training importers: where the shared data is, and imports into a cache on a fixed clock. */
final class TrainingImports {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);

    private TrainingImports() {
    }

    /** {@code <passerelle.shared>/<relative>}; skips the calling test when the shared folder is absent. */
    static Path shared(String relative) {
        String shared = System.getProperty("passerelle.shared");
        assumeTrue(shared != null && !shared.isBlank(), "system property passerelle.shared not set: test skipped");
        Path path = Path.of(shared).resolve(relative).toAbsolutePath().normalize();
        assumeTrue(Files.exists(path), path + " not found: test skipped");
        return path;
    }

    /** {@code <passerelle.shared>/data/<relative>}. */
    static Path sharedData(String relative) {
        return shared("data/" + relative);
    }

    /** The repository's data-samples folder (or one file of it). */
    static Path samples(String relative) {
        String basedir = System.getProperty("basedir");
        Path root = basedir == null ? Path.of("") : Path.of(basedir);
        return root.resolve("data-samples").resolve(relative).toAbsolutePath().normalize();
    }

    /** The standard import service on {@code database}; null for a service that only plans. */
    static ImportService service(ReferenceCache database) {
        return new ImportService(FormatCatalog.standard(), database == null ? null : database, CLOCK);
    }

    static ImportReport importPaths(ReferenceCache database, Path... paths) throws ImportException {
        ImportService service = service(database);
        return service.run(service.plan(List.of(paths)), ProgressListener.NONE);
    }

    /** Writes {@code content} (UTF-8) to {@code folder/name}. */
    static Path write(Path folder, String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
