package fr.passerelle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.bmo.BmoFormat;
import fr.passerelle.importer.company.CompanyFileFormat;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.StoreProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data-samples/ is bundled in the jar and seeds an empty cache: every file of it must import without a rejection. */
class DataSamplesImportTest {
    @TempDir
    Path dir;

    @Test
    void theWholeSampleFolderImportsWithoutRejection() throws ImportException {
        try (ReferenceCache database = ReferenceCache.open(dir.resolve("cache"))) {
            ImportReport report = ImportTestSupport.importPaths(database, ImportTestSupport.samples());
            assertEquals(List.of("README.md", "juliette.json", "karim.json", "nadia.json", "thomas.json"), report.skipped().stream()
                    .map(s -> s.path().getFileName().toString()).toList(), "every sample file has a format");
            for (ImportReport.DatasetResult result : report.datasets()) {
                assertEquals(0, result.dataset().rowsRejected(), result.dataset().source() + " " + result.warnings());
                assertEquals(result.dataset().rowsRead(), result.dataset().rowsStored(), result.dataset().source());
            }
            DatasetInfo companies = dataset(report, CompanyFileFormat.KIND);
            assertEquals("entreprises_hauts_de_france_exemple", companies.scope());
            assertEquals(100, companies.rowsStored());
            assertEquals(100, StoreProbe.count(database, "COMPANY"));
            // Two BMO survey years: 2022 (FAP-2009 métiers, linked to ROME codes) and 2025 (FAP-2021), 84 rows each.
            List<DatasetInfo> bmo = report.datasets().stream().map(ImportReport.DatasetResult::dataset)
                    .filter(d -> d.kind().equals(BmoFormat.KIND)).sorted(java.util.Comparator.comparing(DatasetInfo::scope)).toList();
            assertEquals(List.of("2022", "2025"), bmo.stream().map(DatasetInfo::scope).toList());
            assertEquals(List.of(84, 84), bmo.stream().map(DatasetInfo::rowsStored).toList());

            // Juliette's occupation and its closest targets have companies near Lille, with both score sources.
            List<Map<String, Object>> sources = StoreProbe.rows(database,
                    "SELECT DISTINCT score_source FROM company_hiring_score s JOIN company c ON c.siret = s.siret "
                            + "WHERE s.rome_code IN ('D1505', 'D1507') ORDER BY 1");
            assertEquals(List.of(Map.of("score_source", "ESTIMATED"), Map.of("score_source", "PUBLISHED")), sources);
            // Every company sits in a sample commune.
            assertEquals(0, StoreProbe.rows(database, "SELECT siret FROM company c WHERE NOT EXISTS "
                    + "(SELECT 1 FROM commune m WHERE m.insee_code = c.commune_insee)").size());
            // Every BMO area is a sample area.
            assertEquals(0, StoreProbe.rows(database, "SELECT area_code FROM bmo_project b WHERE NOT EXISTS "
                    + "(SELECT 1 FROM employment_area a WHERE a.scheme = 'BMO' AND a.code = b.area_code)").size());
        }
    }

    @Test
    void anEmptyHomeIsSeededWithTheCompaniesAndBmoSamples() throws ImportException {
        try (Workstation workstation = Workstation.open(new Home(dir))) {
            assertTrue(workstation.seedIfEmpty(ProgressListener.NONE));
            List<String> kinds = workstation.datasets().all().stream().map(DatasetInfo::kind).toList();
            assertTrue(kinds.contains(CompanyFileFormat.KIND), kinds.toString());
            assertTrue(kinds.contains(BmoFormat.KIND), kinds.toString());
            assertTrue(workstation.datasets().all().stream().allMatch(DatasetInfo::isSample));
        }
    }

    private static DatasetInfo dataset(ImportReport report, String kind) {
        return report.datasets().stream().map(ImportReport.DatasetResult::dataset)
                .filter(d -> d.kind().equals(kind)).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
    }
}
