package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.funding.rules.BundledRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rules file imported like any dataset: listed by status, used by funding, replaced by the next import. */
class FundingRulesImportTest {
    @TempDir
    Path home;
    @TempDir
    Path files;

    /** The bundled rules with a newer version and an AIF ceiling of 100 €. */
    private Path rules(String version, String published, String aifCeiling) throws Exception {
        String text = BundledRules.text()
                .replace("version: \"2026-11-30\"", "version: \"" + version + "\"")
                .replace("published: 2026-11-30", "published: " + published);
        int aif = text.indexOf("  - id: aif");
        String aifPart = text.substring(aif).replaceFirst("ceilingEuros: null", "ceilingEuros: " + aifCeiling);
        Path file = files.resolve("regles-financement-" + version + ".yaml");
        Files.writeString(file, text.substring(0, aif) + aifPart, StandardCharsets.UTF_8);
        return file;
    }

    private JsonNode cacesForJuliette() throws Exception {
        var run = FundingCommandTest.run(home, "funding", "--profile", "data-samples/personas/juliette.json", "--training",
                "EX_SE_0015", "--on", "2026-11-30", "--json");
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void importedRulesAreListedAndUsed() throws Exception {
        assertEquals(0, FundingCommandTest.run(home, "jobs", "caisse").exit());
        assertEquals(0, cacesForJuliette().get("possibleRemainingEuros").asInt(), "bundled rules: no AIF ceiling");
        var imported = FundingCommandTest.run(home, "import", rules("2026-12-15", "2026-12-15", "100").toString());
        assertEquals(0, imported.exit(), imported.err());
        var status = FundingCommandTest.run(home, "status", "--json");
        JsonNode s = new ObjectMapper().readTree(status.out());
        assertEquals("2026-12-15", s.get("fundingRules").get("version").asText());
        assertEquals("imported", s.get("fundingRules").get("origin").asText());
        assertTrue(status.out().contains("\"kind\" : \"funding.rules\""), status.out());
        JsonNode answer = cacesForJuliette();
        assertEquals("2026-12-15", answer.get("rulesVersion").asText());
        // Région aid (no ceiling) still covers the rest first; the AIF alone could now pay 100 € at most.
        JsonNode aif = null;
        for (JsonNode scheme : answer.get("schemes")) {
            if (scheme.get("id").asText().equals("aif")) {
                aif = scheme;
            }
        }
        assertEquals(100, aif.get("amountEuros").asInt());
    }

    @Test
    void aMalformedRulesFileIsRefusedWithItsLineAndTheRulesInForceStay() throws Exception {
        assertEquals(0, FundingCommandTest.run(home, "import", rules("2026-12-15", "2026-12-15", "100").toString()).exit());
        Path broken = files.resolve("regles-financement-cassees.yaml");
        Files.writeString(broken, BundledRules.text().replace("fact: person.age, min: 18", "fact: person.agee, min: 18"));
        var run = FundingCommandTest.run(home, "import", broken.toString());
        assertEquals(2, run.exit(), run.out());
        int line = lineOf(BundledRules.text(), "fact: person.age, min: 18");
        assertTrue(run.err().contains("regles-financement-cassees.yaml:" + line + ": dispositif aide_region : fait « person.agee » inconnu"),
                run.err());
        var status = FundingCommandTest.run(home, "status");
        assertTrue(status.out().contains("Règles de financement en vigueur : version 2026-12-15, importées le"), status.out());
    }

    @Test
    void rulesOlderThanTheBundledOnesGiveWayToThem() throws Exception {
        assertEquals(0, FundingCommandTest.run(home, "import", rules("2025-01-01", "2025-01-01", "100").toString()).exit());
        var status = FundingCommandTest.run(home, "status");
        assertTrue(status.out().contains("Règles de financement en vigueur : version 2026-11-30, livrées avec le logiciel "
                + "(règles importées (version 2025-01-01) plus anciennes"), status.out());
    }

    private static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
