package fr.passerelle.importer.training;

import static fr.passerelle.importer.training.TrainingImports.importPaths;
import static fr.passerelle.importer.training.TrainingImports.sharedData;
import static fr.passerelle.importer.training.TrainingImports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportPlan;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.SqlProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Formacode thesaurus and the ROME 3 ↔ Formacode table of ../shared/data/formacode. */
class FormacodeImportTest {
    @TempDir
    Path dir;

    private static final String HEADER = "code_formacode,libelle_majuscules,libelle,type_descripteur,champ_semantique,"
            + "termes_non_preferes,termes_generiques,termes_specifiques,termes_associes,definition,note_application,"
            + "col12_niveau_ou_divers,code_nsf,codes_rome_v2,libelle_officiel\n";

    @Test
    void importsTheThesaurusAndTheRomeCorrespondenceAndSkipsTheRomeV2TableWithItsReason() throws Exception {
        try (ReferenceCache db = ReferenceCache.open(dir.resolve("cache"))) {
            ImportReport report = importPaths(db, sharedData("formacode"));
            Map<String, DatasetInfo> datasets = report.datasets().stream()
                    .collect(Collectors.toMap(d -> d.dataset().key(), ImportReport.DatasetResult::dataset));
            DatasetInfo thesaurus = datasets.get("formacode.thesaurus/");
            assertEquals(List.of(3048, 3048, 0, "V8 (2003)"), List.of(thesaurus.rowsRead(), thesaurus.rowsStored(),
                    thesaurus.rowsRejected(), thesaurus.version()));
            DatasetInfo rome = datasets.get("formacode.rome_v3/");
            assertEquals(List.of(56, 56, 0, "V11"), List.of(rome.rowsRead(), rome.rowsStored(), rome.rowsRejected(), rome.version()));

            Map<String, Object> caces = SqlProbe.rows(db, "SELECT * FROM formacode WHERE code = '31795'").get(0);
            assertEquals(List.of("sécurité manutention", "DOM", "317", "MANUTENTION", "31754", "311", "CACES | sécurité cariste"),
                    List.of(caces.get("LABEL"), caces.get("DESCRIPTOR_TYPE"), caces.get("SEMANTIC_FIELD_CODE"),
                            caces.get("SEMANTIC_FIELD"), caces.get("GENERIC_CODE"), caces.get("NSF_CODE"), caces.get("SYNONYMS")));
            assertNull(SqlProbe.value(db, "SELECT generic_code FROM formacode WHERE code = '31754'"), "MANUTENTION is a top term");
            assertEquals(List.of(Map.of("ROME_CODE", "G1201", "FORMACODE_LABEL", "guide-conférencier", "SOURCE", "formacode-v11-rome")),
                    SqlProbe.rows(db, "SELECT rome_code, formacode_label, source FROM rome_formacode WHERE formacode = '42602'"));
            assertEquals(9L, SqlProbe.value(db, "SELECT COUNT(DISTINCT rome_code) FROM rome_formacode"));

            List<ImportPlan.SkippedFile> skipped = report.skipped().stream()
                    .filter(s -> s.path().getFileName().toString().startsWith("rome_v2")).toList();
            assertEquals(1, skipped.size());
            assertEquals("codes ROME v2 de 2003 (5 chiffres) : aucune table de passage vers le ROME 3 n'existe, "
                    + "ces liens ne peuvent relier aucun métier du cache", skipped.get(0).reason());
        }
    }

    @Test
    void skipsTheCsvFlatteningOfTheIntercarifSampleInFavourOfItsXml() throws Exception {
        try (ReferenceCache db = ReferenceCache.open(dir.resolve("cache"))) {
            ImportReport report = importPaths(db, sharedData("trainings/intercarif_lheo_index_sample_paris_2017.csv"));
            assertEquals(List.of(), report.datasets());
            assertEquals("aplatissement CSV d'un fichier LHEO lheo-index : importez le fichier .xml d'origine",
                    report.skipped().get(0).reason());
        }
    }

    @Test
    void refusesADescriptorCodeThatIsNotFiveDigits() throws Exception {
        assertRefused(write(dir, "formacode_v8_2003_thesaurus.csv", HEADER
                        + "31795,SECURITE MANUTENTION,sécurité manutention,DOM,317 MANUTENTION,,31754 MANUTENTION,,,,,,311 Transport,,\n"
                        + "3179,X,x,DOM,,,,,,,,,,,\n"),
                "formacode_v8_2003_thesaurus.csv:3: colonne code_formacode : '3179' n'est pas un code Formacode (cinq chiffres, ex. 31795)");
    }

    @Test
    void refusesASemanticFieldWithoutItsNumber() throws Exception {
        assertRefused(write(dir, "formacode_v8_2003_thesaurus.csv", HEADER
                        + "31795,SECURITE MANUTENTION,sécurité manutention,DOM,MANUTENTION,,,,,,,,,,\n"),
                "formacode_v8_2003_thesaurus.csv:2: colonne champ_semantique : 'MANUTENTION' : « NNN libellé » attendu (ex. 317 MANUTENTION)");
    }

    @Test
    void refusesAnInvalidRomeCodeInTheCorrespondence() throws Exception {
        assertRefused(write(dir, "rome_v3_to_formacode_v11_excerpt.csv",
                        "code_rome,libelle_rome,code_formacode,libelle_descripteur_formacode\nG120,accompagnement,42602,guide\n"),
                "rome_v3_to_formacode_v11_excerpt.csv:2: colonne code_rome : 'G120' n'est pas un code ROME (une lettre majuscule "
                        + "et quatre chiffres, ex. D1505)");
    }

    @Test
    void refusesARepeatedCorrespondence() throws Exception {
        assertRefused(write(dir, "rome_v3_to_formacode_v11_excerpt.csv",
                        "code_rome,libelle_rome,code_formacode,libelle_descripteur_formacode\n"
                                + "G1201,accompagnement,42602,guide\nG1201,accompagnement,42602,guide\n"),
                "rome_v3_to_formacode_v11_excerpt.csv:3: doublon : une ligne de même clé [G1201, 42602] a déjà été lue (rome_formacode)");
    }

    private void assertRefused(Path bad, String expected) throws Exception {
        try (ReferenceCache db = ReferenceCache.open(dir.resolve("cache"))) {
            String before = CacheDigest.of(db);
            ImportException e = assertThrows(ImportException.class, () -> importPaths(db, bad));
            assertEquals(expected, e.getMessage());
            assertEquals(before, CacheDigest.of(db));
        }
    }
}
