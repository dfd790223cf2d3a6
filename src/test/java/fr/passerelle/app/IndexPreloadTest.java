package fr.passerelle.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.index.persist.PathIndexFile;
import fr.passerelle.search.JobSearchFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading the persisted indexes ahead, while the cache opens: only the published generation's files, only for that
 * generation, each handed out once, a damaged one refused with its reason; a path from a ROME code never reads the
 * job titles; a command whose read-ahead is overtaken by an import answers from the new data.
 */
class IndexPreloadTest extends SampleSeededCacheTest {

    /** A seeded home whose published generation has both index files saved; returns that generation. */
    private String savedIndexes(Path home) {
        try (Workstation w = Workstation.open(new Home(home))) {
            return w.indexes().await().version();
        }
    }

    private static Path generationFolder(Path home, String generation) {
        return home.resolve("cache").resolve(generation);
    }

    @Test
    void readsAheadThePublishedGenerationsFilesAndHandsEachOutOnce() {
        Path home = seededHome(work.resolve("home"));
        String generation = savedIndexes(home);
        IndexPreload preload = IndexPreload.start(home.resolve("cache"), IndexPreload.Need.BOTH);
        assertEquals(generation, preload.generation());
        IndexPreload.Read<?> path = preload.takePath(generation).orElseThrow();
        assertNotNull(path.index(), String.valueOf(path.refused()));
        assertNotNull(preload.takeJobs(generation).orElseThrow().index());
        assertEquals(Optional.empty(), preload.takePath(generation), "a second caller reads the file itself");
        assertEquals(Optional.empty(), preload.takeJobs(generation));
    }

    @Test
    void theWindowsReadAheadStartsOnlyWhenItsStarterSaysSo() {
        Path home = seededHome(work.resolve("home"));
        String generation = savedIndexes(home);
        List<Runnable> held = new java.util.ArrayList<>();
        IndexPreload preload = IndexPreload.start(home.resolve("cache"), IndexPreload.Need.BOTH, held::add);
        assertEquals(generation, preload.generation(), "the generation is chosen at once");
        assertEquals(2, held.size(), "one reading thread per index, not started");
        held.forEach(Runnable::run);
        assertNotNull(preload.takePath(generation).orElseThrow().index());
        assertNotNull(preload.takeJobs(generation).orElseThrow().index());
    }

    @Test
    void aReadAheadIsNeverHandedOutForAnotherGeneration() {
        Path home = seededHome(work.resolve("home"));
        String generation = savedIndexes(home);
        IndexPreload preload = IndexPreload.start(home.resolve("cache"), IndexPreload.Need.BOTH);
        assertEquals(Optional.empty(), preload.takePath("g999999"));
        assertEquals(Optional.empty(), preload.takeJobs("g999999"));
        assertTrue(!generation.equals("g999999"));
    }

    @Test
    void readsOnlyWhatTheCommandNeeds() {
        Path home = seededHome(work.resolve("home"));
        String generation = savedIndexes(home);
        IndexPreload jobsOnly = IndexPreload.start(home.resolve("cache"), IndexPreload.Need.JOBS);
        assertEquals(Optional.empty(), jobsOnly.takePath(generation));
        assertTrue(jobsOnly.takeJobs(generation).isPresent());
        IndexPreload pathOnly = IndexPreload.start(home.resolve("cache"), IndexPreload.Need.PATH);
        assertEquals(Optional.empty(), pathOnly.takeJobs(generation));
        assertTrue(pathOnly.takePath(generation).isPresent());
    }

    @Test
    void aDamagedFileReadAheadIsRefusedWithItsReason() throws Exception {
        Path home = seededHome(work.resolve("home"));
        String generation = savedIndexes(home);
        Path file = PathIndexFile.in(generationFolder(home, generation));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        IndexPreload.Read<?> read = IndexPreload.start(home.resolve("cache"), IndexPreload.Need.PATH)
                .takePath(generation).orElseThrow();
        assertNull(read.index());
        assertTrue(read.refused().getMessage().contains("somme de contrôle"), read.refused().getMessage());
    }

    @ParameterizedTest(name = "CURRENT = \"{0}\"")
    @ValueSource(strings = {"", "../g000001", "g1", "staging-g000002", "g000001/../x"})
    void onlyAGenerationIdInCurrentStartsAReadAhead(String current) throws Exception {
        Path cache = Files.createDirectories(work.resolve("odd").resolve("cache"));
        Files.writeString(cache.resolve("CURRENT"), current, UTF_8);
        assertEquals(Optional.empty(), IndexPreload.published(cache));
        assertNull(IndexPreload.start(cache, IndexPreload.Need.BOTH).generation());
    }

    @Test
    void noCacheYetNoReadAhead() {
        assertNull(IndexPreload.start(work.resolve("nothing").resolve("cache"), IndexPreload.Need.BOTH).generation());
    }

    @Test
    void aPathFromARomeCodeNeverReadsTheJobTitles() throws Exception {
        Path home = seededHome(work.resolve("home"));
        String generation = savedIndexes(home);
        Path jobs = JobSearchFile.in(generationFolder(home, generation));
        Files.write(jobs, new byte[] {1, 2, 3}); // would be refused (and rebuilt) if it were read
        try (Workstation w = Workstation.openFor(new Home(home), Workstation.Answers.PATH)) {
            var result = w.paths().path(new PathRequest(null, "D1505", "59350", 30, null, null, null, null, false, null), 3);
            assertTrue(!result.occupations().isEmpty());
            assertNull(w.indexFileProblem(), "the job-title file was not read");
            // Asked for later (a typed job), the titles come: the damaged file is refused and rebuilt.
            assertTrue(!w.paths().jobs("caissier", 3).isEmpty());
            assertTrue(w.indexFileProblem().contains(jobs.toString()), w.indexFileProblem());
        }
        assertTrue(Files.size(jobs) > 3, "saved again");
    }

    @Test
    void aCommandWhoseReadAheadAnImportOvertookAnswersFromTheNewData() throws Exception {
        Path home = seededHome(work.resolve("home"));
        String before = savedIndexes(home);
        Path appellations = Files.writeString(in.resolve("unix_referentiel_appellation_v460_utf8.csv"),
                "\"code_ogr\",\"libelle_appellation_long\",\"libelle_appellation_court\",\"code_rome\",\"transition_eco\","
                        + "\"transition_num\",\"transition_demo\",\"emploi_reglemente\",\"emploi_cadre\",\"classification\","
                        + "\"origine\",\"code_rome_parent\",\"peu_usite\"\n"
                        + "\"99001\",\"Dompteur / Dompteuse de chariots\",\"Dompteur de chariots\",\"D1505\",\"\",\"\",\"\",\"\",\"\","
                        + "\"SYNONYME\",\"\",\"D1505\",\"N\"\n", UTF_8);
        try (Workstation w = Workstation.openFor(new Home(home), Workstation.Answers.PATH_AND_JOB_TITLES)) {
            w.importPaths(List.of(appellations), ProgressListener.NONE); // publishes a new generation meanwhile
            IndexService.Indexes indexes = w.indexes().await();
            assertTrue(!before.equals(indexes.version()));
            assertEquals("Dompteur / Dompteuse de chariots",
                    indexes.jobSearch().search("dompteur de chariots", 3).get(0).title().label());
        }
    }

    @Test
    void theTraceLineGivesSecondsSinceTheJvmStartedInFrench() {
        assertEquals("[démarrage] 1,23 s  cache ouvert", StartupTrace.line(Duration.ofMillis(1234), "cache ouvert"));
        assertEquals("[démarrage] 0,05 s  JavaFX démarré", StartupTrace.line(Duration.ofMillis(50), "JavaFX démarré"));
    }
}
