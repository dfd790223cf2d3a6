package fr.passerelle.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import fr.passerelle.engine.words.Message;

/**
 * A JSON file that Jackson cannot read, as {@code file:line: JSON mal formé (colonne C) : ...}. Some of Jackson's
 * refusals (a document nested deeper than its limit) carry no location: the parser's position is used then.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    public static ImportException malformed(String file, JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation();
        if ((location == null || location.getLineNr() <= 0) && parser != null) {
            location = parser.currentLocation();
        }
        long line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : location.getColumnNr();
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = message.replaceAll("\\[Source: [^;\\]]*; ", "[");
        Message what = ImportWords.asWritten(message);
        if (message.startsWith("Document nesting depth")) {
            what = ImportWords.say("import.json.deep", message);
        } else if (message.startsWith("Unexpected end-of-input")) {
            what = ImportWords.say("import.json.end", message);
        }
        return new ImportException(file, line, column > 0 ? ImportWords.say("import.json.malformedAt", column, what)
                : ImportWords.say("import.json.malformed", what));
    }
}
