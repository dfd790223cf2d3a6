package fr.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.store.JobTitleStore;
import fr.passerelle.store.ReferenceCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search as the app builds it: ROME 4.60 imported into a fresh cache, titles read back by the store. */
class WorkstationJobSearchTest {

    @Test
    void indexesEveryAppellationAndFicheLabelOfTheImportedRome(@TempDir Path dir) throws Exception {
        Optional<Path> rome = RomeV460Titles.folder();
        assumeTrue(rome.isPresent(), "ROME 4.60 export absent (system property passerelle.shared)");
        Home home = new Home(dir);
        try (Workstation workstation = Workstation.open(home)) {
            workstation.importPaths(List.of(rome.get()), ProgressListener.NONE);
            JobSearch search = workstation.jobSearch();

            assertEquals(13_120 + 1_584, search.size());
            assertEquals("D1505", search.search("hotesse de caise", 1).get(0).title().romeCode().value());
        }
        try (ReferenceCache database = ReferenceCache.open(home.cacheFolder())) {
            // The CSV reader the other tests and the benchmarks use gives exactly the store's titles.
            assertEquals(RomeV460Titles.load(rome.get()), new JobTitleStore(database.database()).jobTitles());
        }
    }
}
