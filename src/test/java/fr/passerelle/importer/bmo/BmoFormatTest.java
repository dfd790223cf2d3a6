package fr.passerelle.importer.bmo;

import static fr.passerelle.importer.ImportTestSupport.importFails;
import static fr.passerelle.importer.ImportTestSupport.importPaths;
import static fr.passerelle.importer.ImportTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.StoreProbe;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BmoFormatTest {
    static final String LAYOUT_2025 = "annee,Code métier BMO,Nom métier BMO,Famille_met,Lbl_fam_met,REG,NOM_REG,Dept,NomDept,"
            + "BE25,NOMBE25,met,xmet,smet\n";
    static final String CAISSIERS_LILLE_2025 = "2025,R0X61,Caissiers,V,\"Vente, tourisme et services\",32,Hauts-de-France,59,Nord,"
            + "3216,LILLE,412,96,*\n";
    static final String AIDES_SOIGNANTS_LENS_2025 = "2025,V0X60,Aides-soignants,S,Fonctions sociales et médico-sociales,32,"
            + "Hauts-de-France,62,Pas-de-Calais,3227,LENS,*,*,*\n";
    static final String SELECT = "SELECT survey_year, occupation_code, fap_nomenclature, departement_code, area_code, area_label, "
            + "projects, difficult_projects, seasonal_projects FROM bmo_project ORDER BY occupation_code, area_code";

    @TempDir
    Path dir;
    ReferenceCache database;

    @BeforeEach
    void open() {
        database = ReferenceCache.open(dir.resolve("cache"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @Test
    void readsThe2025LayoutWithMaskedCountsAsNull() throws ImportException {
        Path file = write(dir.resolve("in"), "bmo_2025_hdf.csv", LAYOUT_2025 + CAISSIERS_LILLE_2025 + AIDES_SOIGNANTS_LENS_2025);
        DatasetInfo info = importPaths(database, file).datasets().get(0).dataset();
        assertEquals(BmoFormat.KIND, info.kind());
        assertEquals("2025", info.scope());
        assertEquals("2025", info.version());
        assertEquals(2, info.rowsStored());
        assertEquals(List.of(
                row("survey_year", 2025, "occupation_code", "R0X61", "fap_nomenclature", "2021", "departement_code", "59",
                        "area_code", "3216", "area_label", "LILLE", "projects", 412, "difficult_projects", 96,
                        "seasonal_projects", null),
                row("survey_year", 2025, "occupation_code", "V0X60", "fap_nomenclature", "2021", "departement_code", "62",
                        "area_code", "3227", "area_label", "LENS", "projects", null, "difficult_projects", null,
                        "seasonal_projects", null)), StoreProbe.rows(database, SELECT));
    }

    @Test
    void readsThe2023OrderWithSemicolons() throws ImportException {
        Path file = write(dir.resolve("in"), "Base_open_data_BMO_2023.csv", """
                annee;Code métier BMO;Nom métier BMO;Famille_met;Lbl_fam_met;BE23;NOMBE23;Dept;NomDept;REG;NOM_REG;met;xmet;smet
                2023;R0X61;Caissiers;V;Vente, tourisme et services;203;BOURG EN BRESSE;1;Ain;84;Auvergne-Rhône-Alpes;120;*;15
                """);
        importPaths(database, file);
        assertEquals(List.of(row("survey_year", 2023, "occupation_code", "R0X61", "fap_nomenclature", "2021",
                "departement_code", "01", "area_code", "0203", "area_label", "BOURG EN BRESSE", "projects", 120,
                "difficult_projects", null, "seasonal_projects", 15)), StoreProbe.rows(database, SELECT));
        assertEquals(List.of(Map.of("region_code", "84", "family_label", "Vente, tourisme et services")),
                StoreProbe.rows(database, "SELECT region_code, family_label FROM bmo_project"));
    }

    @Test
    void readsThe2026LayoutAndIgnoresItsUnknownColumn() throws ImportException {
        Path file = write(dir.resolve("in"), "bmo_2026.csv", """
                annee,Code métier BMO,Nom métier BMO,Famille_met,Lbl_fam_met,REG,NOM_REG,Dept,NomDept,BE26,NOMBE26,clpe,met,xmet,smet
                2026,J0X33,Magasiniers et préparateurs de commandes peu qualifiés,I,Ouvriers de l'industrie,32,Hauts-de-France,59,Nord,3216,LILLE,c,530,301,12
                """);
        importPaths(database, file);
        assertEquals(List.of(row("survey_year", 2026, "occupation_code", "J0X33", "fap_nomenclature", "2021",
                "departement_code", "59", "area_code", "3216", "area_label", "LILLE", "projects", 530,
                "difficult_projects", 301, "seasonal_projects", 12)), StoreProbe.rows(database, SELECT));
    }

    @Test
    void readsThe2019NamesAsFap2009() throws ImportException {
        Path file = write(dir.resolve("in"), "bmo_2019_open_data.csv", """
                annee,code métier BMO ,nom_metier BMO,Famille_metier,Libellé de famille de métier,REG,NOM_REG,Dept,NomDept,BE19,NOMBE19,met,xmet,smet
                2019,R0Z61,Caissiers,M2Z,Fonctions commerciales,32,Hauts-de-France,59,Nord,3216,LILLE,380,80,*
                2019,T2A60,Aides à domicile,M3Z,Services aux particuliers,32,Hauts-de-France,59,Nord,3216,LILLE,900,700,*
                """);
        importPaths(database, file);
        assertEquals(List.of("2009", "2009"), StoreProbe.rows(database, "SELECT fap_nomenclature FROM bmo_project")
                .stream().map(r -> r.get("fap_nomenclature")).toList());
    }

    @Test
    void readsThe2020Names() throws ImportException {
        Path file = write(dir.resolve("in"), "bmo_2020.csv", """
                annee,metier,nommetier,REG,Dept,BE20,NOMBE20,met,xmet,smet
                2020,J1Z40,Magasiniers qualifiés,32,62,3227,LENS,210,*,18
                """);
        importPaths(database, file);
        assertEquals(List.of(row("survey_year", 2020, "occupation_code", "J1Z40", "fap_nomenclature", "2009",
                "departement_code", "62", "area_code", "3227", "area_label", "LENS", "projects", 210,
                "difficult_projects", null, "seasonal_projects", 18)), StoreProbe.rows(database, SELECT));
    }

    @Test
    void theYearDecidesAmbiguousCodes() throws ImportException {
        // T2A60 exists in FAP-2009 and FAP-2021: from 2023 on it is read as FAP-2021.
        Path file = write(dir.resolve("in"), "bmo_2025.csv", LAYOUT_2025
                + "2025,T2A60,Aides à domicile et auxiliaires de vie,S,Fonctions sociales,32,HDF,59,Nord,3216,LILLE,900,700,*\n");
        importPaths(database, file);
        assertEquals("2021", StoreProbe.rows(database, "SELECT fap_nomenclature FROM bmo_project").get(0).get("fap_nomenclature"));
    }

    @Test
    void readsTheOfficialWorkbookSheet() throws Exception {
        Path file = dir.resolve("in").resolve("Base_open_data_BMO_2025.xlsx");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet description = workbook.newWorksheet("Description_des_variables");
            description.value(0, 0, "Variable");
            description.value(0, 1, "Description");
            Worksheet data = workbook.newWorksheet("BMO_2025_open_data");
            List<String> header = Arrays.asList(LAYOUT_2025.strip().split(","));
            for (int c = 0; c < header.size(); c++) {
                data.value(0, c, header.get(c));
            }
            Object[] cells = {2025, "R0X61", "Caissiers", "V", "Vente, tourisme et services", 32, "Hauts-de-France", 1, "Ain",
                101, "AMBERIEU", 412, 96, "*"};
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] instanceof Integer n) {
                    data.value(1, c, n);
                } else {
                    data.value(1, c, (String) cells[c]);
                }
            }
            workbook.finish();
        }
        ImportReport report = importPaths(database, file);
        assertEquals("2025", report.datasets().get(0).dataset().scope());
        assertEquals(List.of(row("survey_year", 2025, "occupation_code", "R0X61", "fap_nomenclature", "2021",
                "departement_code", "01", "area_code", "0101", "area_label", "AMBERIEU", "projects", 412,
                "difficult_projects", 96, "seasonal_projects", null)), StoreProbe.rows(database, SELECT));
    }

    @Test
    void refusesAHeaderWithoutTheBmoColumns() {
        Path file = write(dir.resolve("in"), "bmo_2025.csv", LAYOUT_2025.replace(",met,", ",projets,") + CAISSIERS_LILLE_2025);
        assertEquals("bmo_2025.csv:1: en-tête BMO : colonne(s) met introuvable(s) ; colonnes lues : annee, Code métier BMO, "
                + "Nom métier BMO, Famille_met, Lbl_fam_met, REG, NOM_REG, Dept, NomDept, BE25, NOMBE25, projets, xmet, smet",
                importFails(database, file));
    }

    @Test
    void refusesACountThatIsNeitherANumberNorAMask() {
        Path file = write(dir.resolve("in"), "bmo_2025.csv", LAYOUT_2025 + CAISSIERS_LILLE_2025.replace(",412,", ",n.d.,"));
        assertEquals("bmo_2025.csv:2: colonne met : 'n.d.' n'est pas un nombre entier (ni * pour une valeur masquée)",
                importFails(database, file));
    }

    @Test
    void refusesARowOfAnotherYear() {
        Path file = write(dir.resolve("in"), "bmo_2025.csv", LAYOUT_2025 + CAISSIERS_LILLE_2025.replace("2025,", "2024,"));
        assertEquals("bmo_2025.csv:2: colonne annee : année 2024 alors que le fichier est celui de l'enquête 2025 "
                + "(nom du fichier ou colonne BE25)", importFails(database, file));
    }

    @Test
    void refusesAnOccupationCodeThatIsNotAFap() {
        Path file = write(dir.resolve("in"), "bmo_2025.csv", LAYOUT_2025 + CAISSIERS_LILLE_2025.replace("R0X61", "Caissiers"));
        assertEquals("bmo_2025.csv:2: colonne Code métier BMO : 'Caissiers' n'est pas un code métier BMO (FAP, ex. R0X61 ou R0Z61)",
                importFails(database, file));
    }

    @Test
    void refusesTheSameCellTwice() {
        Path file = write(dir.resolve("in"), "bmo_2025.csv", LAYOUT_2025 + CAISSIERS_LILLE_2025 + CAISSIERS_LILLE_2025);
        String message = importFails(database, file);
        assertTrue(message.startsWith("bmo_2025.csv:3: doublon"), message);
    }

    @Test
    void recognisesARenamedSemicolonExportByItsColumns() throws ImportException {
        Path file = write(dir.resolve("in"), "export.csv", LAYOUT_2025.replace(',', ';')
                + CAISSIERS_LILLE_2025.replace("\"Vente, tourisme et services\"", "Vente").replace(',', ';'));
        ImportReport report = importPaths(database, file);
        assertEquals(BmoFormat.KIND, report.datasets().get(0).dataset().kind());
        assertEquals("2025", report.datasets().get(0).dataset().scope());
        assertEquals(1, StoreProbe.count(database, "BMO_PROJECT"));
    }

    @Test
    void eachSurveyYearIsItsOwnDataset() throws ImportException {
        Path y2025 = write(dir.resolve("a"), "bmo_2025.csv", LAYOUT_2025 + CAISSIERS_LILLE_2025 + AIDES_SOIGNANTS_LENS_2025);
        Path y2026 = write(dir.resolve("a"), "bmo_2026.csv", LAYOUT_2025.replace("BE25", "BE26")
                + CAISSIERS_LILLE_2025.replace("2025,", "2026,"));
        importPaths(database, y2025, y2026);
        assertEquals(3, StoreProbe.count(database, "BMO_PROJECT"));
        importPaths(database, write(dir.resolve("b"), "bmo_2025.csv", LAYOUT_2025 + CAISSIERS_LILLE_2025));
        assertEquals(List.of(Map.of("survey_year", 2025, "n", 1L), Map.of("survey_year", 2026, "n", 1L)),
                StoreProbe.rows(database, "SELECT survey_year, COUNT(*) AS n FROM bmo_project GROUP BY survey_year ORDER BY 1"));
    }
}
