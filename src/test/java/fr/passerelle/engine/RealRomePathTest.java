package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.rules.EngineRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fr.passerelle.SharedData;
import fr.passerelle.app.Workstation;
import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The path on the real ROME 4.60 and 3.47, communes and tension data of ../shared/data (skipped when it is absent). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealRomePathTest {
    private Workstation workstation;
    private PathResult juliette;
    private Path data;

    @BeforeAll
    void importRealData() throws Exception {
        data = SharedData.assumeRealData();
        workstation = RealDataWorkstation.get();
        JobSeekerProfile profile = new JobSeekerProfile(new RomeCode("D1505"), new InseeCode("59350"), 30,
                EducationLevel.AUCUN, null, 50_000, 0, false);
        juliette = workstation.pathEngine().compute(profile, 100, LocalDate.of(2026, 11, 28));
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
    void sharedSkillsAreCountedOnTheRealItemsOfBothFichesWithoutTheirDiplomas() throws Exception {
        // Units as the engine counts them, recomputed from the CSV files: a knowledge item by its code, a skill by its
        // macro-competence; work contexts and "Certifications et habilitations" are not units.
        Map<String, String> unitOf = new HashMap<>();
        Set<String> certifications = new HashSet<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(data.resolve("rome_v460/unix_referentiel_competence_v460_utf8.csv"))) {
            csv.forEach(r -> unitOf.put(r.getField("code_ogr"), r.getField("code_ogr_macro_comp").isBlank() ? r.getField("code_ogr")
                    : r.getField("code_ogr_macro_comp")));
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(data.resolve("rome_v460/unix_referentiel_savoir_v460_utf8.csv"))) {
            csv.forEach(r -> {
                if (r.getField("categorie_savoir").equals("Certifications et habilitations")) {
                    certifications.add(r.getField("code_ogr_savoir"));
                } else {
                    unitOf.put(r.getField("code_ogr_savoir"), r.getField("code_ogr_savoir"));
                }
            });
        }
        Map<String, Set<String>> units = new HashMap<>();
        Map<String, Set<String>> certificationsOf = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(data.resolve("rome_v460/unix_coherence_item_v460_utf8.csv"))) {
            csv.forEach(r -> {
                String ogr = r.getField("code_ogr");
                if (certifications.contains(ogr)) {
                    certificationsOf.computeIfAbsent(r.getField("code_rome"), k -> new HashSet<>()).add(ogr);
                } else if (unitOf.containsKey(ogr)) {
                    units.computeIfAbsent(r.getField("code_rome"), k -> new HashSet<>()).add(unitOf.get(ogr));
                }
            });
        }
        Set<String> shared = new HashSet<>(units.get("D1505"));
        shared.retainAll(units.get("D1507"));
        TargetOccupation d1507 = target("D1507");
        assertTrue(d1507.reasons().stream().anyMatch(r -> r.text().equals(shared.size() + " compétences et savoirs en commun sur "
                + units.get("D1507").size() + " de la fiche D1507")), d1507.reasons().toString());
        assertTrue(shared.size() >= EngineRules.NOW_MIN_SHARED.asInt(), "a real overlap: " + shared.size());
        assertEquals(Horizon.NOW, d1507.horizon());
        // Both fiches list "Bac pro métiers du commerce..." among their certifications: without a diploma it is not hers.
        Set<String> bothCertifications = new HashSet<>(certificationsOf.get("D1505"));
        bothCertifications.retainAll(certificationsOf.get("D1507"));
        assertFalse(bothCertifications.isEmpty());
        assertTrue(d1507.sharedSkills().stream().noneMatch(s -> s.startsWith("Bac pro") || s.startsWith("CAP")), d1507.sharedSkills().toString());
        assertTrue(d1507.targetDiplomas().stream().anyMatch(s -> s.startsWith("Bac pro métiers du commerce")), d1507.targetDiplomas().toString());
    }

    @Test
    void demandIsComparedInHerEmploymentAreaWithTheRealTensionYear() {
        TargetOccupation d1507 = target("D1507");
        assertEquals("bassin d'emploi", d1507.demand().level());
        assertEquals(2021, d1507.demand().year());
        assertTrue(d1507.demand().offersPerJobSeeker() != null && d1507.demand().currentOffersPerJobSeeker() != null);
    }
}
