package fr.passerelle.importer.training;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.NonCsvFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.JsonErrors;
import fr.passerelle.importer.ProgressInputStream;
import fr.passerelle.importer.ReadContext;
import fr.passerelle.importer.VersionRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Training actions as the Mon Compte Formation API returns them: a JSON array of objects
 * ({@code formation{title, objective, proximiteRomes, formacodes...}, totalPriceTTC, duration, address...}).
 * Streamed with Jackson, one object at a time. No official file name: recognised by its shape.
 */
final class CpfJsonFormat extends NonCsvFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    CpfJsonFormat() {
        super("trainings.cpf_api", "Catalogue Mon Compte Formation (API JSON)", 83);
    }

    /**
     * A .json array whose first object has a "formation" object and a training action's fields (totalPriceTTC,
     * siretOrganisme or numeroAction). Decided as soon as both are seen, so that a file damaged further on is still
     * recognised, and then refused with its line.
     */
    @Override
    public boolean matchesContent(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        boolean formation = false;
        boolean action = false;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (!(formation && action) && parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                formation |= field.equals("formation") && value == JsonToken.START_OBJECT;
                action |= field.equals("totalPriceTTC") || field.equals("siretOrganisme") || field.equals("numeroAction");
                if (!(formation && action)) {
                    parser.skipChildren();
                }
            }
            return formation && action;
        } catch (IOException e) {
            return formation && action;
        }
    }

    @Override
    public String scope(Path file) {
        return VersionRules.scopeFromFileName(file);
    }

    @Override
    public String version(Path file) {
        return VersionRules.fromFileName(file);
    }

    @Override
    public void read(Path file, ReadContext context) throws ImportException {
        String name = file.getFileName().toString();
        Emitter out = new Emitter(context, name);
        CpfActionMapper mapper = new CpfActionMapper(out);
        try (ProgressInputStream in = ProgressInputStream.open(file);
             JsonParser parser = MAPPER.getFactory().createParser(in)) {
            try {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new ImportException(name, parser.currentTokenLocation().getLineNr(), ImportWords.say("import.cpf.array"));
                }
                JsonToken token;
                while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                    long line = parser.currentTokenLocation().getLineNr();
                    JsonNode action = MAPPER.readTree(parser);
                    out.countRead();
                    mapper.map(line, action, context);
                    context.progress(in.position(), in.size());
                }
                if (token != JsonToken.END_ARRAY) {
                    throw new ImportException(name, parser.currentTokenLocation().getLineNr(), ImportWords.say("import.cpf.object", token));
                }
                if (parser.nextToken() != null) {
                    throw new ImportException(name, parser.currentTokenLocation().getLineNr(), ImportWords.say("import.json.afterArray"));
                }
                context.progress(in.size(), in.size());
            } catch (JsonProcessingException e) {
                throw JsonErrors.malformed(name, e, parser);
            }
        } catch (JsonProcessingException e) {
            throw new ImportException(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), ImportWords.say(
                    "import.json.malformed", e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[")));
        } catch (IOException e) {
            throw new ImportException(name, 0, ImportWords.say("import.read", e.getMessage()));
        }
    }
}
