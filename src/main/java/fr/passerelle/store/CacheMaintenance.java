package fr.passerelle.store;

import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What opening a cache folder does under the writer lock before anyone reads: publish an empty generation in a new
 * folder, adopt the single-file cache of an earlier Passerelle, upgrade the published generation to this build's
 * schema. Each is a small import of its own: a staging copy migrated by Flyway, then published.
 */
final class CacheMaintenance {
    private CacheMaintenance() {
    }

    /** Returns the published generation, opened and at this build's schema, publishing a new one if needed. */
    static Generation prepare(CacheFolder folder) {
        Optional<String> id = present(folder);
        if (id.isEmpty()) {
            Path legacy = folder.legacyDatabase();
            return publishMigrated(folder, Files.exists(legacy) ? legacy : null);
        }
        Generation g = Generation.open(id.get(), folder.generationDir(id.get()));
        if (g.schemaVersion() < SchemaVersion.latest()) {
            CacheNotices.say(ImportWords.say("cache.schema.upgrading", g.schemaVersion(), SchemaVersion.latest()));
            Path file = g.file();
            try {
                return publishMigrated(folder, file);
            } finally {
                g.close();
            }
        }
        return checked(g, false);
    }

    /** The generation to use, refused when its schema is not this build's. */
    static Generation checked(Generation g, boolean lockUnavailable) {
        int version = g.schemaVersion();
        int latest = SchemaVersion.latest();
        if (version == latest) {
            return g;
        }
        g.close();
        if (version > latest) {
            throw new StoreException(ImportWords.say("cache.schema.newer", version, latest));
        }
        throw new CacheBusyException(ImportWords.say(lockUnavailable ? "cache.schema.busy" : "cache.schema.failed"));
    }

    /**
     * CURRENT's generation when its file is there. Without a usable CURRENT (deleted by hand, or a first open killed
     * between the rename of its generation and CURRENT), the newest generation folder is published: every
     * {@code gNNNNNN/} folder holds a complete database, closed and forced to disk before it got its name.
     */
    private static Optional<String> present(CacheFolder folder) {
        Optional<String> current = folder.readCurrent();
        if (current.isPresent() && Files.exists(CacheFolder.databaseFile(folder.generationDir(current.get())))) {
            return current;
        }
        List<String> generations = folder.generations();
        for (int i = generations.size() - 1; i >= 0; i--) {
            String id = generations.get(i);
            if (Files.exists(CacheFolder.databaseFile(folder.generationDir(id)))) {
                publish(folder, id);
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private static Generation publishMigrated(CacheFolder folder, Path base) {
        StagingBuild build = StagingBuild.start(folder, base, true);
        try {
            build.finish();
        } catch (ImportException | RuntimeException e) {
            build.abandon();
            throw e instanceof StoreException s ? s : new StoreException(ImportWords.say("cache.schema.upgrade", e.getMessage()), e);
        }
        publish(folder, build.id());
        return Generation.open(build.id(), folder.generationDir(build.id()));
    }

    private static void publish(CacheFolder folder, String id) {
        try {
            folder.publish(id);
        } catch (IOException e) {
            StoreException translated = DiskErrors.translate(e, folder.root());
            throw translated != null ? translated : new StoreException(e.getMessage(), e);
        }
    }
}
