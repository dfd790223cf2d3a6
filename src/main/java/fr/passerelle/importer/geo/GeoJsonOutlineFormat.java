package fr.passerelle.importer.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.domain.territory.GeoOutline;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.NonCsvFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.JsonErrors;
import fr.passerelle.importer.ReadContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A GeoJSON FeatureCollection of outlines (properties {@code code} and {@code nom}), streamed feature by feature
 * with Jackson so that a large file never sits whole in memory.
 */
final class GeoJsonOutlineFormat extends NonCsvFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String level;
    private final Pattern fileName;

    GeoJsonOutlineFormat(String kind, String label, int order, String level, String fileNameRegex) {
        super(kind, label, order);
        this.level = level;
        this.fileName = Pattern.compile(fileNameRegex);
    }

    @Override
    public boolean matchesName(String name) {
        return fileName.matcher(name).matches();
    }

    @Override
    public String version(Path file) {
        return null;
    }

    @Override
    public void read(Path file, ReadContext context) throws ImportException {
        String name = file.getFileName().toString();
        JsonFactory factory = MAPPER.getFactory();
        try (JsonParser parser = factory.createParser(Files.newInputStream(file))) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new ImportException(name, line(parser), ImportWords.say("import.geo.collection"));
                }
                boolean sawFeatures = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (!"features".equals(field)) {
                        parser.skipChildren();
                        continue;
                    }
                    sawFeatures = true;
                    if (parser.currentToken() != JsonToken.START_ARRAY) {
                        throw new ImportException(name, line(parser), ImportWords.say("import.json.array", "features"));
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long line = line(parser);
                        JsonNode feature = MAPPER.readTree(parser);
                        context.countRead();
                        GeoOutline outline = outline(name, line, feature);
                        try {
                            context.emit(outline);
                        } catch (IllegalArgumentException e) {
                            throw new ImportException(name, line, ImportWords.of(e));
                        }
                        context.progress(context.read(), -1);
                    }
                }
                if (!sawFeatures) {
                    throw new ImportException(name, 0, ImportWords.say("import.geo.noFeatures"));
                }
            } catch (JsonProcessingException e) {
                throw JsonErrors.malformed(name, e, parser);
            }
        } catch (JsonProcessingException e) {
            throw new ImportException(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    ImportWords.say("import.json.malformed", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ImportException(name, 0, ImportWords.say("import.read", e.getMessage()));
        }
    }

    private GeoOutline outline(String name, long line, JsonNode feature) throws ImportException {
        JsonNode properties = feature.path("properties");
        String code = properties.path("code").asText("");
        String nom = properties.path("nom").asText("");
        JsonNode geometry = feature.path("geometry");
        if (code.isEmpty() || nom.isEmpty()) {
            throw new ImportException(name, line, ImportWords.say("import.geo.noCode"));
        }
        if (!code.matches("[0-9]{2,3}|2[AB]")) {
            throw new ImportException(name, line, ImportWords.say("import.geo.code", code));
        }
        String type = geometry.path("type").asText("");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new ImportException(name, line, ImportWords.say("import.geo.geometry", code, type));
        }
        return new GeoOutline(level, code, nom, geometry.toString());
    }

    private static long line(JsonParser parser) {
        return parser.currentLocation().getLineNr();
    }
}
