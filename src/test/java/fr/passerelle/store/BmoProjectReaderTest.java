package fr.passerelle.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.cli.PasserelleCommand;
import fr.passerelle.domain.market.BmoProject;
import fr.passerelle.domain.market.RomeFap;
import fr.passerelle.engine.index.BmoIndex;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The BMO survey rows and the ROME → FAP-2009 crosswalk as the path index reads them from the cache: on the bundled
 * samples (a FAP-2009 year and a FAP-2021 year), and on a generator's national BMO file (FAP-2021 only).
 */
class BmoProjectReaderTest extends SampleSeededCacheTest {

    private static BmoProject find(List<BmoProject> rows, int year, String fap, String area) {
        return rows.stream().filter(r -> r.surveyYear() == year && r.occupationCode().equals(fap) && r.areaCode().equals(area))
                .findFirst().orElseThrow(() -> new AssertionError(year + " " + fap + " " + area));
    }

    @Test
    void theSampleSurveysComeBackRowForRowWithMaskedCountsNull() {
        BmoProjectReader reader = new BmoProjectReader(database.database());
        List<BmoProject> rows = reader.projects();

        assertEquals(84 + 84, rows.size(), "bmo_2022_exemple.csv and bmo_2025_exemple.csv");
        // Sample line: 2022,R0Z61,Caissiers,R0Z,...,59,Nord,3216,LILLE,275,66,70
        BmoProject lille = find(rows, 2022, "R0Z61", "3216");
        assertEquals(List.of(275, 66, 70), List.of(lille.projects(), lille.difficultProjects(), lille.seasonalProjects()));
        assertEquals("2009", lille.fapNomenclature());
        assertEquals("59", lille.departementCode());
        // Sample line: 2022,R1Z67,Télévendeurs,...,3220,DOUAI,*,*,*
        BmoProject masked = find(rows, 2022, "R1Z67", "3220");
        assertNull(masked.projects());
        assertNull(masked.difficultProjects());
        assertEquals("2021", find(rows, 2025, "R0X61", "3216").fapNomenclature());
        // T2A60 is a code of both FAPs: the survey year tells (2022: FAP-2009; 2025: FAP-2021).
        assertEquals("2009", find(rows, 2022, "T2A60", "3216").fapNomenclature());
        assertEquals("2021", find(rows, 2025, "T2A60", "3216").fapNomenclature());

        List<RomeFap> crosswalk = reader.crosswalk();
        assertEquals(52, crosswalk.size());
        assertTrue(crosswalk.stream().anyMatch(l -> l.romeCode().value().equals("D1505") && l.fapCode().equals("R0Z61")));
    }

    @Test
    void theSampleGivesCaissiersProjectsToD1505AndCountsTheUnmappedMetier() {
        PathDataStore store = new PathDataStore(database.database());
        BmoIndex index = new BmoIndex(store.bmoProjects(), store.romeFap());

        assertEquals(2022, index.year(), "2025 is FAP-2021: no crosswalk");
        assertEquals(List.of(2025), index.newerUnmappedYears());
        assertEquals(new BmoIndex.Count(275, 0, 1), index.inAreas("D1505", List.of("3216")).projects());
        // R1Z66 (vendeurs généralistes) is a real FAP-2009 code that the DARES crosswalk does not reach: 109 in Lille.
        assertEquals(new BmoIndex.NotMapped(1, 109), index.notMapped(List.of("3216")));
    }

    @Test
    void aGeneratedNationalFileIsReadWholeAndCountedAsNotMapped() throws Exception {
        Path data = SharedData.assumeRealData();
        Path generated = work.resolve("generated");
        StringWriter err = new StringWriter();
        int code = PasserelleCommand.run(h -> { }, new PrintWriter(new StringWriter()), new PrintWriter(err),
                "generate", "--sessions", "10", "--companies", "10", "--seed", "3", "--out", generated.toString(),
                "--from", data.toString());
        assertEquals(0, code, err.toString());
        Path file = generated.resolve("bmo/bmo_2025_synthetique.csv");
        List<String> lines = Files.readAllLines(file, UTF_8).subList(1, Files.readAllLines(file, UTF_8).size());
        long maskedInFile = lines.stream().filter(l -> l.split(",")[l.split(",").length - 3].equals("*")).count();

        ImportFixtures.importPaths(database, file);
        PathDataStore store = new PathDataStore(database.database());
        List<BmoProject> rows = store.bmoProjects().stream().filter(r -> r.surveyYear() == 2025).toList();

        assertEquals(lines.size(), rows.size(), "every row of the generated file (it replaced the sample's 2025)");
        assertEquals(maskedInFile, rows.stream().filter(r -> r.projects() == null).count(), "every * read as unknown");
        assertTrue(rows.size() > 10_000, "a national file: " + rows.size());
        Set<String> areas = rows.stream().map(BmoProject::areaCode).collect(Collectors.toSet());
        BmoIndex index = new BmoIndex(store.bmoProjects(), store.romeFap());
        assertEquals(2022, index.year(), "the sample's FAP-2009 year is still the one with ROME figures");
        assertEquals(List.of(2025), index.newerUnmappedYears());
        BmoIndex national = new BmoIndex(rows, store.romeFap());
        assertEquals(rows.size(), national.notMapped(areas).rows(), "FAP-2021: no row reaches a ROME code");
        assertTrue(national.isEmpty());
    }
}
