package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code path --lang en} says the engine's reasons in English; French stays the default; the JSON keeps the French
 * text and adds each reason's key and typed parameters.
 */
class PathLanguageTest {
    private static Path home;

    @BeforeAll
    static void seed() throws IOException {
        home = Files.createTempDirectory("passerelle-path-lang");
        assertEquals(0, run("jobs", "caisse").exit()); // seeds the samples
    }

    private static CliRun run(String... args) {
        return CliRun.in(home, args);
    }

    private static List<String> reasonLines(String out) {
        return out.lines().filter(l -> l.startsWith("   • ") || l.startsWith("   → ")).toList();
    }

    @Test
    void langEnSaysTheReasonsInEnglish() {
        CliRun en = run("--lang", "en", "path", "--profile", "data-samples/personas/juliette.json");
        assertEquals(0, en.exit(), en.err());
        List<String> lines = reasonLines(en.out());
        assertTrue(lines.contains("   • Official ROME 4 career move from D1505, rank 1"), lines.toString());
        assertTrue(lines.contains("   • 192 job offers in the département (Nord) as of 21 December 2021"), lines.toString());
        assertTrue(lines.contains("   → Right now: a close move to an unregulated occupation, 6 skills and knowledge items in "
                + "common (60% of the sheet), no mandatory training"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("Mobilité officielle") || l.contains("offres d'emploi dans")), lines.toString());
    }

    @Test
    void frenchStaysTheDefault() {
        CliRun fr = run("path", "--profile", "data-samples/personas/juliette.json");
        assertEquals(0, fr.exit(), fr.err());
        List<String> lines = reasonLines(fr.out());
        assertTrue(lines.contains("   • Mobilité officielle ROME 4 depuis D1505, rang 1"), lines.toString());
        assertTrue(lines.contains("   • 192 offres d'emploi dans le département (Nord) au 21 décembre 2021"), lines.toString());
    }

    @Test
    void theJsonKeepsTheFrenchTextAndAddsKeyAndTypedParams() throws IOException {
        CliRun json = run("--lang", "en", "path", "--profile", "data-samples/personas/juliette.json", "--json");
        assertEquals(0, json.exit(), json.err());
        JsonNode reasons = new ObjectMapper().readTree(json.out()).get("occupations").get(0).get("reasons");
        JsonNode first = reasons.get(0);
        assertEquals("Mobilité officielle ROME 4 depuis D1505, rang 1", first.get("text").asText(), "text stays French");
        assertEquals("proximity.rome4", first.get("key").asText());
        assertEquals("{\"type\":\"code\",\"value\":\"D1505\"}", first.get("params").get(0).toString());
        assertEquals("{\"type\":\"number\",\"value\":1}", first.get("params").get(1).toString());
        for (JsonNode r : reasons) {
            assertTrue(r.hasNonNull("key") && r.get("params").isArray(), r.toString());
        }
    }
}
