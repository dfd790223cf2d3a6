package fr.passerelle.funding.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML or JSON rules document into a {@link Node} tree with line numbers, through Jackson's streaming parser.
 * A document whose first non-blank character is '{' is read as JSON, anything else as YAML.
 */
final class TreeParser {
    private static final int MAX_DEPTH = 32;
    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private TreeParser() {
    }

    static Node parse(String text) throws RuleSetException {
        JsonFactory factory = text.stripLeading().startsWith("{") ? JSON : YAML;
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new RuleSetException(1, "document vide");
            }
            Node root = read(p, 0);
            if (p.nextToken() != null) {
                throw new RuleSetException(line(p), "contenu après la fin du document");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleSetException(line, "syntaxe " + (factory == JSON ? "JSON" : "YAML") + " invalide : "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new RuleSetException(0, "lecture impossible : " + e.getMessage());
        }
    }

    private static Node read(JsonParser p, int depth) throws IOException, RuleSetException {
        if (depth > MAX_DEPTH) {
            throw new RuleSetException(line(p), "imbrication trop profonde (plus de " + MAX_DEPTH + " niveaux)");
        }
        int line = line(p);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int at = line(p);
                    p.nextToken();
                    if (fields.put(name, read(p, depth + 1)) != null) {
                        throw new RuleSetException(at, "champ « " + name + " » répété");
                    }
                }
                return new Node.Obj(line, fields);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, depth + 1));
                }
                return new Node.Arr(line, items);
            }
            case VALUE_STRING -> {
                return new Node.Text(line, p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node.Num(line, p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Bool(line, t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new Node.Null(line);
            }
            default -> throw new RuleSetException(line, "valeur inattendue (" + t + ")");
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
