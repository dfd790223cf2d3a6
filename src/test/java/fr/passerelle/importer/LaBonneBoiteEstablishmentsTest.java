package fr.passerelle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.StoreProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** La Bonne Boite's 2016 establishment export lands in the one company table, with its SIRETs checked. */
class LaBonneBoiteEstablishmentsTest {
    @TempDir
    Path dir;

    @Test
    void theRealSampleKeepsValidSiretsAndRejectsTheOthers() throws ImportException {
        Path shared = ImportTestSupport.sharedData();
        assumeTrue(shared != null, "../shared/data absent: skipped");
        try (ReferenceCache database = ReferenceCache.open(dir.resolve("cache"))) {
            ImportReport report = ImportTestSupport.importPaths(database,
                    shared.resolve("labonneboite/etablissements_sample_2016.csv"));
            ImportReport.DatasetResult result = report.datasets().get(0);
            DatasetInfo info = result.dataset();
            assertEquals(info.rowsRead(), info.rowsStored() + info.rowsRejected());
            // The record broken across lines 24-25, and two test SIRETs whose check digit is wrong.
            assertEquals(4, info.rowsRejected(), result.warnings().toString());
            assertEquals(List.of(
                    "etablissements_sample_2016.csv:27: SIRET '26560004900167' invalide : la clé de contrôle (formule de Luhn) est fausse : établissement non gardé",
                    "etablissements_sample_2016.csv:28: SIRET '26560004900267' invalide : la clé de contrôle (formule de Luhn) est fausse : établissement non gardé"),
                    result.warnings().subList(2, 4));
            assertEquals(List.of(Map.of("address", "2 RUE DU DOCTEUR SIMON PIETRI", "headcount_min", 6, "headcount_max", 9)),
                    StoreProbe.rows(database, "SELECT address, headcount_min, headcount_max FROM company "
                            + "WHERE siret = '00565014800033'"));
        }
    }
}
