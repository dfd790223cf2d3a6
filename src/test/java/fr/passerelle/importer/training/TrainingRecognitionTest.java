package fr.passerelle.importer.training;

import static fr.passerelle.importer.training.LheoDocs.NS_23;
import static fr.passerelle.importer.training.TrainingImports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.importer.CsvFormat;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.catalog.FormatCatalog;
import fr.passerelle.importer.ImportPlan;
import fr.passerelle.importer.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files without an official name are recognised by their content: an LHEO root element, the CPF JSON shape. */
class TrainingRecognitionTest {
    @TempDir
    Path dir;

    private static Map<String, String> recognised(ImportPlan plan) {
        Map<String, String> out = new TreeMap<>();
        plan.files().forEach(f -> out.put(f.path().getFileName().toString(), f.format().kind()));
        plan.skipped().forEach(s -> out.put(s.path().getFileName().toString(), s.reason()));
        return out;
    }

    @Test
    void recognisesTrainingFilesByTheirContent() throws Exception {
        write(dir, "catalogue.xml", LheoDocs.offers(NS_23));
        write(dir, "resumes.XML", LheoDocs.INDEX);
        write(dir, "page.xml", "<?xml version=\"1.0\"?>\n<html><body/></html>\n");
        write(dir, "lheo-sans-extension.txt", LheoDocs.offers(NS_23));
        write(dir, "actions.json", "[{\"formation\": {\"title\": \"CACES\"}, \"totalPriceTTC\": 990}]");
        write(dir, "offre.json", "{\"id\": \"179PPHH\", \"intitule\": \"Cariste\"}");
        write(dir, "vide.json", "[]");
        ImportService service = TrainingImports.service(null);
        assertEquals(Map.of(
                "catalogue.xml", "trainings.lheo",
                "resumes.XML", "trainings.lheo_index",
                "page.xml", "format non reconnu",
                "lheo-sans-extension.txt", "format non reconnu",
                "actions.json", "trainings.cpf_api",
                "offre.json", "format non reconnu",
                "vide.json", "format non reconnu"), recognised(service.plan(List.of(dir))));
    }

    @Test
    void asksTheContentOnlyWhenNeitherNameNorHeaderSaidAnything() throws Exception {
        List<String> sniffed = new ArrayList<>();
        DatasetFormat csv = CsvFormat.builder("test.csv", "CSV").fileName("officiel\\.csv").regional().header("a", "b").rows((r, c) -> { });
        DatasetFormat sniffing = new DatasetFormat() {
            public String kind() {
                return "test.sniff";
            }

            public String label() {
                return "sniff";
            }

            public int order() {
                return 1;
            }

            public boolean matchesName(String fileName) {
                return false;
            }

            public boolean matchesHeader(List<String> header) {
                return false;
            }

            public boolean matchesContent(Path file) {
                sniffed.add(file.getFileName().toString());
                return true;
            }

            public String version(Path file) {
                return null;
            }

            public void read(Path file, fr.passerelle.importer.ReadContext context) {
            }
        };
        Files.writeString(dir.resolve("officiel.csv"), "x,y\n");
        Files.writeString(dir.resolve("renomme.csv"), "a,b\n1,2\n");
        Files.writeString(dir.resolve("autre.dat"), "?\n");
        ImportService service = new ImportService(new FormatCatalog(List.of(csv, sniffing)), null, TrainingImports.CLOCK);
        assertEquals(Map.of("officiel.csv", "test.csv", "renomme.csv", "test.csv", "autre.dat", "test.sniff"),
                recognised(service.plan(List.of(dir))));
        assertEquals(List.of("autre.dat"), sniffed);
    }

    @Test
    void namesWhyAKnownFileIsLeftOut() throws Exception {
        write(dir, "rome_v2_to_formacode_2003.csv", "code_rome_v2,libelle_rome_v2,code_formacode,libelle_descripteur_formacode\n");
        ImportPlan plan = TrainingImports.service(null).plan(List.of(dir));
        assertEquals(List.of(), plan.files());
        assertEquals("codes ROME v2 de 2003 (5 chiffres) : aucune table de passage vers le ROME 3 n'existe, "
                + "ces liens ne peuvent relier aucun métier du cache", plan.skipped().get(0).reason());
    }
}
