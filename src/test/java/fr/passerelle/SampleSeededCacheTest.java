package fr.passerelle;

import fr.passerelle.importer.ImportException;
import fr.passerelle.store.ReferenceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of tests that each need a fresh cache seeded with data-samples/: the samples are imported once per class
 * into a template, which every test copies (a few milliseconds instead of a second).
 */
public abstract class SampleSeededCacheTest {
    @TempDir
    static Path templateFolder;
    private static Path template;

    /** This test's own folder; {@link #in} is where it writes its input files. */
    @TempDir
    protected Path work;
    protected Path in;
    protected ReferenceCache database;

    @BeforeAll
    static void seedTemplate() throws ImportException {
        template = ImportFixtures.sampleSeededTemplate(templateFolder.resolve("cache"));
    }

    @BeforeEach
    void openSeededCopy() throws IOException {
        database = ReferenceCache.open(ImportFixtures.copyCache(template, work.resolve("cache")));
        in = Files.createDirectories(work.resolve("in"));
    }

    @AfterEach
    void closeCache() {
        database.close();
    }

    /** Copies the template into {@code home}/cache, for code that opens a home itself (CLI, workstation). */
    protected static Path seededHome(Path home) {
        ImportFixtures.copyCache(template, home.resolve("cache"));
        return home;
    }
}
