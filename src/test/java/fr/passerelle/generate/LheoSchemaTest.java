package fr.passerelle.generate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.core.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LHEO output against the official 2.3 schema (../shared/specs/samples/lheo-2.3.xsd), from the samples and from
 * the real shared data. Skipped when ../shared is absent.
 */
class LheoSchemaTest {

    private static Schema schema() throws Exception {
        Optional<Path> shared = TestData.shared();
        assumeTrue(shared.isPresent(), "../shared is absent: no LHEO schema to validate against");
        Path xsd = shared.get().resolve("specs/samples/lheo-2.3.xsd");
        assumeTrue(Files.exists(xsd), "lheo-2.3.xsd is absent");
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
    }

    private static void assertValid(Schema schema, Path dir) throws IOException {
        List<Path> files = GeneratedTree.files(dir.resolve("lheo"), "*.xml");
        assertFalse(files.isEmpty());
        for (Path f : files) {
            Validator validator = schema.newValidator();
            assertDoesNotThrow(() -> validator.validate(new StreamSource(f.toFile())), f.getFileName().toString());
        }
    }

    @Test
    void generatedFromTheSamplesValidatesAgainstLheo23(@TempDir Path out) throws Exception {
        Schema schema = schema();
        new SyntheticGenerator().generate(new GenerateRequest(300, 0, 7, out, TestData.inputs()), ProgressListener.NONE);
        assertValid(schema, out);
    }

    @Test
    void generatedFromTheSharedDataValidatesAndUsesItsCommunes(@TempDir Path out) throws Exception {
        Schema schema = schema();
        Path data = TestData.shared().orElseThrow().resolve("data");
        new SyntheticGenerator().generate(new GenerateRequest(400, 600, 11, out, data), ProgressListener.NONE);
        assertValid(schema, out);
        Map<String, InputCommunes.Commune> communes = InputCommunes.read(data.resolve("geo/communes.csv"));
        long sessions = 0;
        for (Path f : GeneratedTree.files(out.resolve("lheo"), "*.xml")) {
            sessions += GeneratedTree.count(f, "session");
            GeneratedTree.texts(f, "code-INSEE-commune").forEach(c -> assertTrue(communes.containsKey(c), c));
            List<String> formacodes = GeneratedTree.texts(f, "code-FORMACODE");
            assertTrue(formacodes.stream().allMatch(c -> c.matches("\\d{5}")));
            assertTrue(GeneratedTree.count(f, "code-FORMACODE") >= GeneratedTree.count(f, "formation"),
                    "every training has at least one Formacode code on the real data");
        }
        assertEquals(400, sessions);
        long companies = 0;
        for (Path f : GeneratedTree.files(out.resolve("entreprises"), "*.csv")) {
            List<List<String>> rows = GeneratedTree.csv(f);
            for (List<String> row : rows.subList(1, rows.size())) {
                InputCommunes.Commune c = communes.get(row.get(5));
                assertTrue(c != null && c.postalCodes().contains(row.get(6)), row.toString());
                assertTrue(InputCommunes.inFrance(Double.parseDouble(row.get(8)), Double.parseDouble(row.get(9))), row.toString());
                companies++;
            }
        }
        assertEquals(600, companies);
    }
}
