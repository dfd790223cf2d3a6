package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.app.CacheSnapshot;
import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.MarketQuery;
import fr.passerelle.engine.index.PathIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The local market, BMO hiring projects included, from a persisted path index: exactly the answers of a fresh build
 * on the bundled samples.
 */
class PersistedMarketTest extends SampleSeededCacheTest {

    private static List<Object> answers(PathIndex index) {
        MarketQuery query = new MarketQuery(index);
        List<Object> all = new ArrayList<>();
        for (String commune : List.of("59350", "62119", "59178", "62041")) {
            for (int radius : new int[] {0, 30, 80}) {
                all.add(query.aroundCommune(commune, radius));
            }
        }
        all.add(query.aroundArea("3227", 20));
        all.add(query.projectsByDepartement("D1505"));
        all.add(query.projectsByDepartement("N1103"));
        return all;
    }

    @Test
    void aLoadedIndexGivesTheMarketAndItsBmoProjectsExactlyAsAFreshBuild() throws Exception {
        Path home = seededHome(work.resolve("home"));
        List<Object> fresh;
        try (Workstation w = Workstation.open(new Home(home)); CacheSnapshot snapshot = w.snapshot()) {
            fresh = answers(Workstation.buildIndexes(snapshot, ProgressListener.NONE).engine().index());
            w.indexes().await(); // builds, then saves
        }
        MarketQuery.Answer lille = (MarketQuery.Answer) fresh.get(0);
        assertEquals(2022, lille.projects().year());
        assertTrue(lille.rows().stream().anyMatch(r -> r.projects() != null && r.projects().projects().known() > 0),
                "the samples give BMO projects to compare");
        try (Workstation next = Workstation.open(new Home(home))) {
            PathIndex loaded = next.indexes().await().engine().index();
            assertNull(next.indexFileProblem(), "the saved index is used");
            assertEquals(fresh, answers(loaded));
        }
    }
}
