package fr.passerelle.sync;

import fr.passerelle.SharedData;
import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.store.CacheDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/** Small bundles for fast sync tests: version A (regions + NAF labels) and B (one more region: a one-file delta). */
public final class SyncFixtures {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    private SyncFixtures() {
    }

    public static Path versionA(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(SharedData.sample("geo/regions.csv"), folder.resolve("regions.csv"));
        Files.copy(SharedData.sample("labonneboite/naf_labels.csv"), folder.resolve("naf_labels.csv"));
        return folder;
    }

    public static Path versionB(Path folder) throws IOException {
        versionA(folder);
        Files.writeString(folder.resolve("regions.csv"), "53,Bretagne\n", java.nio.file.StandardOpenOption.APPEND);
        return folder;
    }

    /** Retries without waiting (the policy's decisions are tested apart). */
    public static RetryPolicy fastRetry() {
        return new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), d -> { }, new Random(7));
    }

    public static CacheImport cacheOf(Workstation workstation) {
        return new CacheImport() {
            @Override
            public List<DatasetInfo> datasets() {
                return workstation.datasets().all();
            }

            @Override
            public ImportReport importFiles(List<Path> files, ProgressListener progress) throws ImportException {
                return workstation.importPaths(files, progress);
            }
        };
    }

    public static SyncRun run(String baseUrl, Workstation workstation) throws SyncException {
        return new SyncRun(new BundleClient(SyncClients.http(), BundleClient.manifestUrl(baseUrl), fastRetry()),
                cacheOf(workstation), new SyncFolder(workstation.home().root().resolve("sync")), SanityRules.standard(), CLOCK);
    }

    public static String digest(Path home) {
        try (Workstation w = Workstation.open(new Home(home), CLOCK)) {
            return CacheDigest.of(w.referenceDatabase());
        }
    }

    /** A home whose cache is a direct import of {@code data} (stamped with the fixed clock). */
    public static Path imported(Path home, Path data) throws ImportException {
        try (Workstation w = Workstation.open(new Home(home), CLOCK)) {
            w.importPaths(List.of(data), ProgressListener.NONE);
        }
        return home;
    }
}
