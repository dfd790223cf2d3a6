package fr.passerelle.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * An API answer saved as a file: an object whose field {@code field} is an array of objects ({@code items} of La Bonne
 * Boite v2, {@code resultats} of Offres d'emploi v2). Streams that array one element at a time with Jackson's parser
 * (only one element is ever a tree), each with the line where it starts; a wrong structure or malformed JSON stops
 * the import with its line. Shared by the readers of those answers so that both refuse the same mistakes the same way.
 */
public final class JsonArrayAnswer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a reader does with one element of the array. */
    public interface Element {
        void accept(long line, JsonNode element) throws ImportException;
    }

    private JsonArrayAnswer() {
    }

    /**
     * @param answer the answer's name for messages ("La Bonne Boite v2")
     * @return the number of elements read
     */
    public static int read(String source, InputStream body, String field, String answer, ReadContext context,
                           Element element) throws ImportException {
        int elements = 0;
        try (JsonParser parser = MAPPER.getFactory().createParser(body)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new ImportException(source, line(parser), ImportWords.say("import.json.answer", "{\"" + field + "\": [...]}", answer));
                }
                boolean sawField = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (!field.equals(name)) {
                        parser.skipChildren();
                        continue;
                    }
                    sawField = true;
                    if (parser.currentToken() != JsonToken.START_ARRAY) {
                        throw new ImportException(source, line(parser), ImportWords.say("import.json.array", field));
                    }
                    JsonToken token;
                    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                        if (token != JsonToken.START_OBJECT) {
                            throw new ImportException(source, line(parser), ImportWords.say("import.json.elements", field));
                        }
                        long line = line(parser);
                        JsonNode node = MAPPER.readTree(parser);
                        context.countRead();
                        elements++;
                        element.accept(line, node);
                        if ((context.read() & 0xFF) == 0) {
                            context.progress(context.read(), -1);
                        }
                    }
                }
                if (!sawField) {
                    throw new ImportException(source, 0, ImportWords.say("import.json.noArray", field, answer));
                }
            } catch (JsonProcessingException e) {
                throw JsonErrors.malformed(source, e, parser);
            }
        } catch (JsonProcessingException e) {
            throw new ImportException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    ImportWords.say("import.json.malformed", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ImportException(source, 0, ImportWords.say("import.read", e.getMessage()));
        }
        return elements;
    }

    private static long line(JsonParser parser) {
        return parser.currentLocation().getLineNr();
    }
}
