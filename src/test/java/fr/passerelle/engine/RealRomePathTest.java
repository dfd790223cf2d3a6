package fr.passerelle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fr.passerelle.SharedData;
import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The path on the real ROME 4.60, communes and tension data of ../shared/data (skipped when it is absent). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealRomePathTest {
    private Workstation workstation;
    private PathResult juliette;
    private Path data;

    @BeforeAll
    void importRealData() throws Exception {
        data = SharedData.assumeRealData();
        workstation = Workstation.open(new Home(java.nio.file.Files.createTempDirectory("passerelle-real-path")));
        workstation.importPaths(List.of(data.resolve("rome_v460"), data.resolve("rome_v347"), data.resolve("geo"),
                data.resolve("labour_market"), data.resolve("labonneboite")), ProgressListener.NONE);
        JobSeekerProfile profile = new JobSeekerProfile(new RomeCode("D1505"), new InseeCode("59350"), 30,
                EducationLevel.AUCUN, null, 50_000, 0, false);
        juliette = workstation.pathEngine().compute(profile, 100, LocalDate.of(2026, 11, 28));
    }

    @AfterAll
    void close() {
        if (workstation != null) {
            workstation.close();
        }
    }

    private TargetOccupation target(String code) {
        return juliette.occupations().stream().filter(t -> t.rome().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not among the candidates"));
    }

    @Test
    void everyRankedMobilityTargetOfTheCashierIsACandidateWithItsRank() throws Exception {
        Map<String, Integer> ranks = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(data.resolve("rome_v460/unix_rubrique_mobilite_v460_utf8.csv"))) {
            csv.forEach(r -> {
                if (r.getField("code_rome").equals("D1505")) {
                    ranks.put(r.getField("code_rome_cible"), Integer.parseInt(r.getField("numero_ordre")));
                }
            });
        }
        assertEquals(10, ranks.size());
        for (Map.Entry<String, Integer> e : ranks.entrySet()) {
            TargetOccupation t = target(e.getKey());
            assertTrue(t.reasons().stream().anyMatch(r -> r.text().equals("Mobilité officielle ROME 4 depuis D1505, rang " + e.getValue())),
                    e.getKey() + " " + t.reasons());
        }
    }

    @Test
    void sharedSkillsAreTheRealCoherenceItemsOfBothFiches() throws Exception {
        Map<String, Set<String>> items = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(data.resolve("rome_v460/unix_coherence_item_v460_utf8.csv"))) {
            csv.forEach(r -> items.computeIfAbsent(r.getField("code_rome"), k -> new HashSet<>()).add(r.getField("code_ogr")));
        }
        Map<String, String> labels = new HashMap<>();
        for (String file : List.of("unix_referentiel_competence_v460_utf8.csv", "unix_referentiel_savoir_v460_utf8.csv")) {
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(data.resolve("rome_v460/" + file))) {
                csv.forEach(r -> labels.put(r.getField(0), r.getField(file.contains("savoir") ? "libelle_savoir" : "libelle_competence")));
            }
        }
        Set<String> shared = new HashSet<>(items.get("D1505"));
        shared.retainAll(items.get("D1507"));
        TreeSet<String> expected = new TreeSet<>();
        shared.stream().filter(labels::containsKey).forEach(ogr -> expected.add(labels.get(ogr)));
        TargetOccupation d1507 = target("D1507");
        assertTrue(!expected.isEmpty());
        assertEquals(expected.stream().limit(d1507.sharedSkills().size()).toList(), d1507.sharedSkills());
        long inTarget = items.get("D1507").stream().filter(labels::containsKey).count();
        assertTrue(d1507.reasons().stream().anyMatch(r -> r.text().equals(expected.size() + " compétences et savoirs en commun sur "
                + inTarget + " de la fiche D1507")), d1507.reasons().toString());
    }

    @Test
    void demandIsComparedInHerEmploymentAreaWithTheRealTensionYear() {
        TargetOccupation d1507 = target("D1507");
        assertEquals("bassin d'emploi", d1507.demand().level());
        assertEquals(2021, d1507.demand().year());
        assertTrue(d1507.demand().offersPerJobSeeker() != null && d1507.demand().currentOffersPerJobSeeker() != null);
    }
}
