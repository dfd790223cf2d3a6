package fr.passerelle.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.app.CacheSnapshot;
import fr.passerelle.app.Home;
import fr.passerelle.app.IndexService;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.ProfileResolver;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.index.persist.PathIndexFile;
import fr.passerelle.search.JobSearchFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The persisted indexes of the workstation on the bundled samples: saved beside their generation after a build,
 * loaded by the next process with exactly the same answers, never used for other data, rebuilt when damaged.
 */
class PersistedIndexesTest extends SampleSeededCacheTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The personas, and variants of radius, remote learning and budget. */
    static List<PathRequest> requests() throws Exception {
        List<PathRequest> requests = new ArrayList<>();
        for (String name : List.of("juliette", "karim", "nadia", "thomas")) {
            PathRequest persona = PathRequest.fromFile(Path.of("data-samples/personas/" + name + ".json"));
            requests.add(persona);
            for (int radius : new int[] {5, 60, 150}) {
                requests.add(persona.overriddenBy(new PathRequest(null, null, null, radius, null, null, null,
                        BigDecimal.valueOf(500), true, null)));
            }
        }
        requests.add(new PathRequest(null, "M1607", "Lille", 30, null, null, null, null, false, null));
        requests.add(new PathRequest(null, "N1103", "59350", 100, null, 400, BigDecimal.ZERO, BigDecimal.ZERO, null, null));
        return requests;
    }

    /** The path JSON of every request with the given indexes, as the {@code path --json} command prints it. */
    private static List<String> answers(IndexService.Indexes indexes) throws Exception {
        List<String> all = new ArrayList<>();
        for (PathRequest request : requests()) {
            var profile = new ProfileResolver(indexes.jobSearch(), indexes.engine().index()).resolve(request);
            all.add(JSON.writeValueAsString(PathJson.of(indexes.engine().compute(profile, 10, DAY))));
        }
        return all;
    }

    private static List<String> steps(Workstation w) {
        List<String> steps = new CopyOnWriteArrayList<>();
        w.indexes().addListener(new IndexService.Listener() {
            @Override
            public void started(String version) {
            }

            @Override
            public void progress(String step, long done, long total) {
                steps.add(step);
            }

            @Override
            public void finished(IndexService.Indexes indexes) {
            }

            @Override
            public void failed(Throwable error) {
            }
        });
        return steps;
    }

    private static Path folder(Path home, String version) {
        return home.resolve("cache").resolve(version);
    }

    @Test
    void aLoadedIndexGivesExactlyThePathJsonOfAFreshBuild() throws Exception {
        Path home = seededHome(work.resolve("home"));
        List<String> fresh;
        String version;
        try (Workstation w = Workstation.open(new Home(home)); CacheSnapshot snapshot = w.snapshot()) {
            version = snapshot.version();
            fresh = answers(Workstation.buildIndexes(snapshot, ProgressListener.NONE));
            w.indexes().await(); // builds, then saves
        }
        assertTrue(Files.isRegularFile(PathIndexFile.in(folder(home, version))), "path index saved beside " + version);
        assertTrue(Files.isRegularFile(JobSearchFile.in(folder(home, version))), "job index saved beside " + version);
        try (Workstation next = Workstation.open(new Home(home))) {
            List<String> steps = steps(next);
            List<String> loaded = answers(next.indexes().await());
            assertEquals(List.of("lecture de l'index enregistré"), steps, "loaded, not built");
            assertNull(next.indexFileProblem());
            assertEquals(fresh.size(), loaded.size());
            for (int i = 0; i < fresh.size(); i++) {
                assertEquals(fresh.get(i), loaded.get(i), "request " + i);
            }
            assertTrue(fresh.get(0).contains("\"trainings\":[{"), "the samples give Juliette trainings to compare");
            assertTrue(fresh.stream().anyMatch(a -> a.contains("\"companies\":[{")), "and companies");
        }
    }

    @Test
    void afterAnImportTheOldIndexIsNeverUsed() throws Exception {
        Path home = seededHome(work.resolve("home"));
        Path appellations = Files.writeString(in.resolve("unix_referentiel_appellation_v460_utf8.csv"),
                "\"code_ogr\",\"libelle_appellation_long\",\"libelle_appellation_court\",\"code_rome\",\"transition_eco\","
                        + "\"transition_num\",\"transition_demo\",\"emploi_reglemente\",\"emploi_cadre\",\"classification\","
                        + "\"origine\",\"code_rome_parent\",\"peu_usite\"\n"
                        + "\"99001\",\"Dompteur / Dompteuse de chariots\",\"Dompteur de chariots\",\"D1505\",\"\",\"\",\"\",\"\",\"\","
                        + "\"SYNONYME\",\"\",\"D1505\",\"N\"\n", UTF_8);
        try (Workstation w = Workstation.open(new Home(home))) {
            String before = w.indexes().await().version();
            Path oldPath = Files.copy(PathIndexFile.in(folder(home, before)), work.resolve("old-path.bin"));
            Path oldJobs = Files.copy(JobSearchFile.in(folder(home, before)), work.resolve("old-jobs.bin"));

            w.importPaths(List.of(appellations), ProgressListener.NONE);
            String after = w.dataVersion();
            assertFalse(after.equals(before));
            // Someone (or a bug) puts the old generation's files in the new generation's folder: never trusted.
            Files.copy(oldPath, PathIndexFile.in(folder(home, after)), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(oldJobs, JobSearchFile.in(folder(home, after)), StandardCopyOption.REPLACE_EXISTING);

            List<String> steps = steps(w);
            IndexService.Indexes indexes = w.indexes().await();
            assertEquals(after, indexes.version());
            assertTrue(steps.contains("intitulés de métiers"), "built again: " + steps);
            assertTrue(w.indexFileProblem().contains("construit pour les données " + before + ", pas pour " + after),
                    w.indexFileProblem());
            assertEquals("Dompteur / Dompteuse de chariots",
                    indexes.jobSearch().search("dompteur de chariots", 3).get(0).title().label());
        }
        try (Workstation next = Workstation.open(new Home(home))) {
            List<String> steps = steps(next);
            assertEquals("Dompteur / Dompteuse de chariots",
                    next.indexes().await().jobSearch().search("dompteur de chariots", 3).get(0).title().label());
            assertEquals(List.of("lecture de l'index enregistré"), steps, "the rebuilt files replaced the stale ones");
        }
    }

    /** Damage done to the saved path index between two processes: refused, rebuilt, saved again, same answers. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated", "flipped", "empty", "other-format"})
    void aDamagedIndexIsRebuiltNeverTrusted(String damage) throws Exception {
        Path home = seededHome(work.resolve("home"));
        List<String> before;
        Path file;
        try (Workstation w = Workstation.open(new Home(home))) {
            IndexService.Indexes indexes = w.indexes().await();
            before = answers(indexes);
            file = PathIndexFile.in(folder(home, indexes.version()));
        }
        byte[] bytes = Files.readAllBytes(file);
        switch (damage) {
            case "truncated" -> Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            case "flipped" -> {
                bytes[bytes.length * 2 / 3] ^= 0x01;
                Files.write(file, bytes);
            }
            case "empty" -> Files.write(file, new byte[0]);
            default -> {
                bytes[15] += 1; // the format version in the header
                Files.write(file, bytes);
            }
        }
        try (Workstation next = Workstation.open(new Home(home))) {
            List<String> steps = steps(next);
            List<String> after = answers(next.indexes().await());
            assertTrue(steps.contains("référentiel ROME"), "built again: " + steps);
            assertTrue(next.indexFileProblem() != null && next.indexFileProblem().contains(file.toString()),
                    String.valueOf(next.indexFileProblem()));
            assertEquals(before, after);
        }
        try (Workstation third = Workstation.open(new Home(home))) {
            List<String> steps = steps(third);
            third.indexes().await();
            assertEquals(List.of("lecture de l'index enregistré"), steps, "saved again, sound");
        }
    }
}
