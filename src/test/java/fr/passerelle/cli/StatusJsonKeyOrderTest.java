package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status --json --check} writes its check as {@code ok} then {@code differences}, every run: it was a
 * {@code Map.of}, whose order depends on a per-JVM random salt (this test failed in about half the runs).
 */
class StatusJsonKeyOrderTest {
    @TempDir
    Path home;

    @Test
    void theCheckSaysOkThenTheDifferences() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PasserelleCommand.run(h -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true), "--home", home.toString(), "jobs", "caisse");
        out.getBuffer().setLength(0);
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true), "--home", home.toString(), "status", "--json", "--check");
        assertEquals(0, exit, err.toString());
        JsonNode check = new ObjectMapper().readTree(out.toString()).get("check");
        List<String> keys = new ArrayList<>();
        check.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("ok", "differences"), keys);
        assertEquals(true, check.get("ok").asBoolean());
    }
}
