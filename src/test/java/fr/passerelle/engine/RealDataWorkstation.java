package fr.passerelle.engine;

import fr.passerelle.SharedData;
import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One workstation holding the real open data of {@code ../shared/data} (ROME 4.60 and 3.47, communes, tension 2021,
 * offers, La Bonne Boite, FAP/BMO), imported once per test JVM and shared by the tests on real data; they are skipped
 * when the data is absent. With {@code -Dpasserelle.realHome=DIR}, an already imported home is opened instead (for
 * tuning the engine without importing again).
 */
final class RealDataWorkstation {
    static final List<String> FOLDERS = List.of("rome_v460", "rome_v347", "geo", "labour_market", "job_offers", "labonneboite", "fap");
    private static Workstation workstation;

    private RealDataWorkstation() {
    }

    /** The workstation, or a skipped test when the real data is absent. */
    static synchronized Workstation get() throws Exception {
        Path data = SharedData.assumeRealData();
        if (workstation == null) {
            String existing = System.getProperty("passerelle.realHome");
            if (existing != null && !existing.isBlank()) {
                workstation = Workstation.open(new Home(Path.of(existing)));
            } else {
                workstation = Workstation.open(new Home(Files.createTempDirectory("passerelle-real-data")));
                workstation.importPaths(FOLDERS.stream().map(data::resolve).toList(), ProgressListener.NONE);
            }
        }
        return workstation;
    }
}
