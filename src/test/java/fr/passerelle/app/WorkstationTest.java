package fr.passerelle.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.importer.ImportException;
import fr.passerelle.search.JobMatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composition root: first-start seeding and an index that follows imports. */
class WorkstationTest extends SampleSeededCacheTest {

    @Test
    void seedsAnEmptyHomeWithTheBundledSamples() throws ImportException {
        try (Workstation workstation = Workstation.open(new Home(work.resolve("home")))) {
            assertTrue(workstation.seedIfEmpty(ProgressListener.NONE));
            assertEquals(32, workstation.datasets().all().size()); // one per sample file (two BMO survey years)
        }
    }

    @Test
    void leavesAHomeThatAlreadyHasDataAlone() throws ImportException {
        try (Workstation workstation = Workstation.open(new Home(seededHome(work.resolve("home"))))) {
            var before = workstation.datasets().all();

            assertFalse(workstation.seedIfEmpty(ProgressListener.NONE));
            assertEquals(before, workstation.datasets().all());
        }
    }

    @Test
    void jobSearchSeesTitlesImportedAfterItWasBuilt() throws IOException, ImportException {
        Path appellations = Files.writeString(in.resolve("unix_referentiel_appellation_v460_utf8.csv"),
                "\"code_ogr\",\"libelle_appellation_long\",\"libelle_appellation_court\",\"code_rome\",\"transition_eco\","
                        + "\"transition_num\",\"transition_demo\",\"emploi_reglemente\",\"emploi_cadre\",\"classification\","
                        + "\"origine\",\"code_rome_parent\",\"peu_usite\"\n"
                        + "\"99001\",\"Dompteur / Dompteuse de chariots\",\"Dompteur de chariots\",\"D1505\",\"\",\"\",\"\",\"\",\"\","
                        + "\"SYNONYME\",\"\",\"D1505\",\"N\"\n", UTF_8);
        try (Workstation workstation = Workstation.open(new Home(seededHome(work.resolve("home"))))) {
            assertEquals(List.of(), labels(workstation.jobSearch().search("dompteur de chariots", 3)));

            workstation.importPaths(List.of(appellations), ProgressListener.NONE);

            assertEquals("Dompteur / Dompteuse de chariots",
                    labels(workstation.jobSearch().search("dompteur de chariots", 3)).get(0));
        }
    }

    private static List<String> labels(List<JobMatch> matches) {
        return matches.stream().map(m -> m.title().label()).toList();
    }
}
