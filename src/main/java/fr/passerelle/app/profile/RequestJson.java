package fr.passerelle.app.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.passerelle.app.PathRequest;
import java.math.BigDecimal;
import java.util.List;

/**
 * A profile's path request as stored in the personal database and exported: an allow-list of fields, so that nothing
 * else (no identification number, no health status: PathRequest has none, and a field added to it later is not kept
 * until it is added here on purpose) reaches the disk.
 */
final class RequestJson {
    /** Every field kept, in the order of the export. */
    static final List<String> FIELDS = List.of("name", "job", "rome", "commune", "radiusKm", "level", "maxHours", "cpfEuros",
            "budgetEuros", "remote", "status", "age", "allocation", "allocationEnd");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RequestJson() {
    }

    static ObjectNode tree(PathRequest r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", r.name());
        n.put("job", r.job());
        n.put("rome", r.rome());
        n.put("commune", r.commune());
        n.put("radiusKm", r.radiusKm());
        n.put("level", r.level());
        n.put("maxHours", r.maxHours());
        n.put("cpfEuros", r.cpfEuros());
        n.put("budgetEuros", r.budgetEuros());
        n.put("remote", r.remote());
        n.put("status", r.status());
        n.put("age", r.age());
        n.put("allocation", r.allocation());
        n.put("allocationEnd", r.allocationEnd());
        return n;
    }

    static String write(PathRequest r) {
        try {
            return MAPPER.writeValueAsString(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("profil impossible à écrire en JSON", e);
        }
    }

    static PathRequest read(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Never e.getMessage(): Jackson quotes the text around the error.
            throw new IllegalStateException("profil enregistré illisible (JSON abîmé)");
        }
        return new PathRequest(text(n, "job"), text(n, "rome"), text(n, "commune"), integer(n, "radiusKm"), text(n, "level"),
                integer(n, "maxHours"), decimal(n, "cpfEuros"), decimal(n, "budgetEuros"),
                n.hasNonNull("remote") ? n.get("remote").asBoolean() : null, text(n, "name"), text(n, "status"),
                integer(n, "age"), text(n, "allocation"), text(n, "allocationEnd"));
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    private static Integer integer(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asInt() : null;
    }

    private static BigDecimal decimal(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).decimalValue() : null;
    }
}
