package fr.passerelle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.core.CancelledException;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.data.HiringCompany;
import fr.passerelle.engine.data.PathDataSource;
import fr.passerelle.engine.data.TrainingOffer;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.persist.PathIndexFile;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming build of the path index file ({@code PathIndexFile.build}) writes exactly the bytes of the previous
 * way (build the {@code PathIndex}, then {@code PathIndexFile.write}) on a hand-made world whose sessions and
 * companies hit every tie and corner the index orders by: equal latitudes, a ROME code listed twice, distance-only
 * sessions, sessions without place, a SIRET in two datasets, missing NAF, commune or headcount. Tiny chunk sizes make
 * every value straddle the blocks the build holds its sections in.
 */
class StreamedPathIndexTest {
    private static final String GENERATION = "g000007";

    @TempDir
    Path dir;

    /** The small world of the engine tests with the tricky sessions and companies below. */
    static PathDataSource tricky() {
        FixturePathData base = SmallWorld.data();
        List<TrainingOffer> sessions = new ArrayList<>();
        base.trainings(sessions::add);
        for (int i = 0; i < 40; i++) {
            boolean placed = i % 5 != 4;
            double lat = 50.0 + (i % 3) * 0.25; // many sessions share a latitude: the session id breaks the tie
            List<String> codes = i % 7 == 0 ? List.of("D1424", "D1424") : i % 2 == 0 ? List.of("D1424", "H1404") : List.of("M1101");
            sessions.add(new TrainingOffer("ds" + (i % 2) + "#S" + (97 - i), "Titre " + (i % 4), i % 3 == 0 ? null : "Organisme " + i,
                    codes, i % 6 == 0 ? null : 100 + i, i % 4 == 0 ? null : 1000L * i, i % 5 == 0 ? null : LocalDate.of(2027, 1 + i % 12, 1),
                    null, placed ? (i % 3 == 0 ? "59350" : "62041") : null, placed ? "Ville é" + i : null, placed ? lat : null,
                    placed ? 3.0 + i * 0.01 : null, i % 3 != 1, i % 2 == 0 ? "RNCP" + i : null, List.of(i % 4, 10), i % 5, null,
                    i % 2 == 0 ? Boolean.TRUE : null, "ds" + (i % 2)));
        }
        List<HiringCompany> companies = new ArrayList<>();
        base.companies(companies::add);
        for (int i = 0; i < 60; i++) {
            String siret = String.format("%014d", 100 + i / 3); // three rows per SIRET
            String rome = i % 3 == 2 ? "D1507" : "D1424"; // the same code twice for a SIRET in two datasets
            companies.add(new HiringCompany(siret, "Société n°" + (i / 3) + " – café", i % 9 == 0 ? null : "47" + (i % 4) + "1Z",
                    i % 11 == 0 ? null : i % 2 == 0 ? "59350" : "99999", 50.0 + (i / 3 % 4) * 0.1, 3.0, rome, (i * 7) % 101,
                    i % 4 == 1, i % 5 == 0 ? null : "1" + (i % 3)));
        }
        return (PathDataSource) Proxy.newProxyInstance(PathDataSource.class.getClassLoader(), new Class<?>[] {PathDataSource.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "trainings" -> {
                            sessions.forEach(consumer(args));
                            return null;
                        }
                        case "companies" -> {
                            companies.forEach(consumer(args));
                            return null;
                        }
                        default -> {
                            try {
                                return method.invoke(base, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> Consumer<T> consumer(Object[] args) {
        return (Consumer<T>) args[0];
    }

    private Path previousBuilder(PathDataSource source) throws Exception {
        Path file = dir.resolve("previous/" + PathIndexFile.FILE_NAME);
        PathIndexFile.write(file, GENERATION, PathIndex.smallSources(source), PathIndex.build(source));
        return file;
    }

    @ParameterizedTest(name = "blocks of {0} bytes")
    @ValueSource(ints = {1, 3, 64, PathIndexFile.CHUNK})
    void theStreamedFileHasTheBytesOfABuiltIndex(int chunk) throws Exception {
        PathDataSource source = tricky();
        Path previous = previousBuilder(source);
        Path streamed = dir.resolve("streamed/" + PathIndexFile.FILE_NAME);

        long size = PathIndexFile.build(streamed, GENERATION, source, ProgressListener.NONE, chunk);

        assertEquals(Files.size(previous), size);
        assertEquals(-1L, Files.mismatch(previous, streamed), "same bytes as the previous builder's file");
        PathIndex read = PathIndexFile.read(streamed, GENERATION);
        assertEquals(SmallWorld.data().index().trainings().size() + 40, read.trainings().size());
        assertEquals(1 + 20, read.companies().size(), "a company per SIRET, two datasets included");
    }

    @Test
    void theSmallWorldAloneGivesTheSameBytes() throws Exception {
        FixturePathData source = SmallWorld.data();
        Path previous = previousBuilder(source);
        Path streamed = dir.resolve("streamed/" + PathIndexFile.FILE_NAME);

        PathIndexFile.build(streamed, GENERATION, source, ProgressListener.NONE, 2);

        assertEquals(-1L, Files.mismatch(previous, streamed));
    }

    @Test
    void aBuildCancelledWhileReadingCompaniesLeavesNoFile() throws Exception {
        Path file = dir.resolve("g/" + PathIndexFile.FILE_NAME);
        AtomicInteger calls = new AtomicInteger();
        List<String> steps = new ArrayList<>();
        ProgressListener cancelAtCompanies = new ProgressListener() {
            @Override
            public void progress(String step, long done, long total) {
                steps.add(step);
            }

            @Override
            public boolean isCancelled() {
                calls.incrementAndGet();
                return steps.contains("entreprises");
            }
        };

        assertThrows(CancelledException.class,
                () -> PathIndexFile.build(file, GENERATION, tricky(), cancelAtCompanies, 3));

        assertTrue(steps.contains("formations") && calls.get() >= 4, "cancelled late, after the sessions: " + steps);
        assertFalse(Files.exists(file));
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(), left.toList(), "no temporary file either");
        }
    }
}
