package fr.passerelle.export;

import static fr.passerelle.export.PlanFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.passerelle.engine.result.CompanyOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV read back as a French spreadsheet would: BOM, ';', CRLF, French header, numbers and dates it understands. */
class CsvPlanWriterTest {
    @TempDir
    Path dir;

    private List<CsvRecord> writeAndRead(ActionPlan plan) throws IOException {
        Path file = dir.resolve("plan.csv");
        new CsvPlanWriter().write(plan, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(text.substring(1))) {
            return reader.stream().toList();
        }
    }

    private static Map<String, String> byHeader(List<CsvRecord> rows, int row) {
        List<String> header = rows.get(0).getFields();
        return java.util.stream.IntStream.range(0, header.size()).boxed()
                .collect(Collectors.toMap(header::get, i -> rows.get(row).getField(i)));
    }

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf() throws IOException {
        Path file = dir.resolve("plan.csv");
        new CsvPlanWriter().write(ActionPlanBuilder.build(PlanFixtures.juliette(true), "D1507", null, "Juliette", TODAY), file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(1 + 2 + 3, text.split("\r\n", -1).length - 1, "header + 2 trainings + 3 companies, each ended by CRLF");
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF");
        assertTrue(text.substring(1).startsWith("Type;Retenue dans le plan;Code ROME;Métier;"), text.substring(0, 80));
    }

    @Test
    void holdsTheTrainingsThenTheCompaniesOfTheOccupation() throws IOException {
        List<CsvRecord> rows = writeAndRead(ActionPlanBuilder.build(PlanFixtures.juliette(true), "D1507", "S2", "Juliette", TODAY));
        assertEquals(CsvPlanWriter.Column.values().length, rows.get(0).getFieldCount());
        rows.forEach(r -> assertEquals(rows.get(0).getFieldCount(), r.getFieldCount(), r.toString()));
        assertEquals(List.of("Formation", "Formation", "Entreprise", "Entreprise", "Entreprise"),
                rows.stream().skip(1).map(r -> r.getField(0)).toList());
        Map<String, String> s1 = byHeader(rows, 1);
        assertEquals("", s1.get("Retenue dans le plan"));
        assertEquals("oui", byHeader(rows, 2).get("Retenue dans le plan"), "S2 was chosen");
        assertEquals("D1507", s1.get("Code ROME"));
        assertEquals("Titre professionnel Employé commercial en magasin", s1.get("Intitulé ou nom"));
        assertEquals("Villeneuve-d'Ascq (59009)", s1.get("Commune"));
        assertEquals("7,5", s1.get("Distance (km)"));
        assertEquals("525", s1.get("Durée (h)"));
        assertEquals("04/01/2027", s1.get("Début"));
        assertEquals("04/06/2027", s1.get("Fin"));
        assertEquals("4600", s1.get("Prix (€)"));
        assertEquals("4100", s1.get("Reste à payer (€)"));
        assertEquals("0", s1.get("Reste si les aides sont accordées (€)"));
        assertEquals("", byHeader(rows, 2).get("Reste si les aides sont accordées (€)"));
        assertEquals("Conseil régional, France Travail", s1.get("Financeurs"));
        assertEquals("inconnu", s1.get("Éligible CPF"));
        assertEquals("S1", s1.get("Identifiant"));
        Map<String, String> company = byHeader(rows, 3);
        assertEquals("Supermarché Démo n° 1", company.get("Intitulé ou nom"));
        assertEquals("1,3", company.get("Distance (km)"));
        assertEquals("89", company.get("Score d'embauche (sur 100)"));
        assertEquals("non", company.get("Score estimé"));
        assertEquals("999 000 000 00001", company.get("Identifiant"), "SIRET spaced: stays text in a spreadsheet");
    }

    @Test
    void numbersHaveADecimalCommaAndNoThousandsSeparator() {
        assertEquals("4600", CsvPlanWriter.euros(460_000L));
        assertEquals("4600,5", CsvPlanWriter.euros(460_050L));
        assertEquals("1234567,89", CsvPlanWriter.euros(123_456_789L));
        assertEquals("0", CsvPlanWriter.euros(0L));
        assertEquals("", CsvPlanWriter.euros(null));
    }

    @Test
    void awkwardTextIsQuotedAndNeverRunsAsAFormula() throws IOException {
        List<CompanyOption> companies = List.of(
                new CompanyOption("99900000000001", "=HYPERLINK(\"http://x\")", "4711D", "02408", "Laon", 1, 50, false, "w"),
                new CompanyOption("99900000000002", "Boulangerie \"Chez Paul\"; Fils\net Cie", "1071C", "59350", "Lille", 2, 40, true, "w"),
                new CompanyOption("99900000000003", "-1+1", "1071C", "59350", "Lille", 2, 40, true, "w"));
        var target = PlanFixtures.target("D1507", "Employé", true, List.of(), 0, companies, 3);
        List<CsvRecord> rows = writeAndRead(ActionPlanBuilder.build(PlanFixtures.path(List.of(target), false), "D1507", null, null, TODAY));
        Function<Integer, String> name = i -> byHeader(rows, i).get("Intitulé ou nom");
        assertEquals("'=HYPERLINK(\"http://x\")", name.apply(1));
        assertEquals("Boulangerie \"Chez Paul\"; Fils\net Cie", name.apply(2), "quoted: the ; and the line break stay inside");
        assertEquals("'-1+1", name.apply(3));
        assertEquals("Laon (02408)", byHeader(rows, 1).get("Commune"), "the leading zero of the INSEE code stays");
    }

    @Test
    void aPlanWithoutTrainingsNorCompaniesIsAHeaderOnly() throws IOException {
        var target = PlanFixtures.target("D1507", "Employé", true, List.of(), 0, List.of(), 0);
        List<CsvRecord> rows = writeAndRead(ActionPlanBuilder.build(PlanFixtures.path(List.of(target), false), "D1507", null, null, TODAY));
        assertEquals(1, rows.size());
    }

    @Test
    void rewritingReplacesThePreviousFileWhole() throws IOException {
        Path file = dir.resolve("plan.csv");
        Files.writeString(file, "x".repeat(100_000));
        var target = PlanFixtures.target("D1507", "Employé", true, List.of(), 0, List.of(), 0);
        new CsvPlanWriter().write(ActionPlanBuilder.build(PlanFixtures.path(List.of(target), false), "D1507", null, null,
                LocalDate.of(2026, 11, 28)), file);
        assertTrue(Files.size(file) < 1_000);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }
}
