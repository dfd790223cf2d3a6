package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.SharedData;
import fr.passerelle.app.CacheSnapshot;
import fr.passerelle.app.Home;
import fr.passerelle.app.IndexService;
import fr.passerelle.app.InvalidRequestException;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.ProfileResolver;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.persist.PathIndexFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persisted path index on a mid-size generated data set (real referentials, 2,000 generated sessions and 10,000
 * generated companies): a loaded index answers 40 random requests with exactly the JSON of a fresh build. Skipped
 * when the real open data is absent.
 */
class GeneratedDataRoundTripTest {
    private static final List<String> REAL = List.of("rome_v460", "rome_v347", "geo", "labour_market", "job_offers",
            "labonneboite", "fap");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path work;

    @Test
    void aLoadedIndexAnswersRandomRequestsExactlyAsAFreshBuild() throws Exception {
        Path data = SharedData.assumeRealData();
        Path generated = work.resolve("generated");
        StringWriter err = new StringWriter();
        int code = PasserelleCommand.run(h -> { }, new PrintWriter(new StringWriter()), new PrintWriter(err),
                "generate", "--sessions", "2000", "--companies", "10000", "--seed", "7", "--out", generated.toString(),
                "--from", data.toString());
        assertEquals(0, code, err.toString());
        Path home = work.resolve("home");
        List<Path> imports = new ArrayList<>(REAL.stream().map(data::resolve).toList());
        imports.add(generated);
        List<String> fresh;
        List<PathRequest> requests;
        String version;
        try (Workstation w = Workstation.open(new Home(home))) {
            w.importPaths(imports, ProgressListener.NONE);
            try (CacheSnapshot snapshot = w.snapshot()) {
                version = snapshot.version();
                IndexService.Indexes built = Workstation.buildIndexes(snapshot, ProgressListener.NONE);
                requests = requests(built.engine().index());
                fresh = answers(built, requests);
            }
            w.indexes().await(); // builds again and saves
        }
        assertTrue(Files.isRegularFile(PathIndexFile.in(home.resolve("cache").resolve(version))));
        try (Workstation next = Workstation.open(new Home(home))) {
            IndexService.Indexes loaded = next.indexes().await();
            assertNull(next.indexFileProblem(), "the saved index is used");
            assertEquals(10_000, loaded.engine().index().companies().size());
            assertEquals(2_000, loaded.engine().index().trainings().size());
            List<String> again = answers(loaded, requests);
            long withTrainings = fresh.stream().filter(a -> a.contains("\"trainings\":[{")).count();
            assertTrue(withTrainings >= 5, "enough paths with trainings to compare: " + withTrainings);
            for (int i = 0; i < fresh.size(); i++) {
                assertEquals(fresh.get(i), again.get(i), "request " + requests.get(i));
            }
        }
    }

    /** 40 requests: real ROME codes with mobility links, communes with coordinates, radius, hours, money, remote. */
    private static List<PathRequest> requests(PathIndex index) {
        Random random = new Random(11);
        List<String> codes = index.referential().codes().stream()
                .filter(c -> index.referential().rankedLinks(c).size() >= 3).toList();
        List<String> communes = index.territory().placedCommunes();
        List<PathRequest> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(new PathRequest(null, codes.get(random.nextInt(codes.size())),
                    communes.get(random.nextInt(communes.size())), 10 + random.nextInt(90), null,
                    random.nextBoolean() ? null : 200 + random.nextInt(1200), BigDecimal.valueOf(random.nextInt(3000)),
                    BigDecimal.valueOf(random.nextInt(1000)), random.nextBoolean(), null));
        }
        return requests;
    }

    private static List<String> answers(IndexService.Indexes indexes, List<PathRequest> requests) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> all = new ArrayList<>();
        for (PathRequest request : requests) {
            try {
                var profile = new ProfileResolver(indexes.jobSearch(), indexes.engine().index()).resolve(request);
                all.add(json.writeValueAsString(PathJson.of(indexes.engine().compute(profile, 10, DAY))));
            } catch (InvalidRequestException e) {
                all.add("refused: " + e.getMessage());
            }
        }
        return all;
    }
}
