package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code path --json} writes its objects in one order, the order of the contract (design.md §4) and of the score's
 * own rule ("score = w·proximity + w·demand + w·effort"): a program or a diff of two runs must not see keys move. The
 * weights were an immutable {@code Map.of}, whose order changes from one JVM to the next (a random salt): this test
 * then failed in most runs, depending on the salt.
 */
class PathJsonKeyOrderTest {
    @TempDir
    static Path home;

    @ParameterizedTest
    @ValueSource(strings = {"juliette", "nadia"})
    void scoreDetailAndWeightsKeepTheOrderOfTheRule(String persona) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true),
                "--home", home.toString(), "path", "--profile", "data-samples/personas/" + persona + ".json", "--json");
        assertEquals(0, exit, err.toString());
        JsonNode occupations = new ObjectMapper().readTree(out.toString()).get("occupations");
        assertTrue(occupations.size() > 0);
        for (JsonNode o : occupations) {
            JsonNode detail = o.get("scoreDetail");
            assertEquals(List.of("proximity", "demand", "effort", "weights", "rule"), keys(detail), o.get("rome").asText());
            assertEquals(List.of("proximity", "demand", "effort"), keys(detail.get("weights")), o.get("rome").asText());
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
