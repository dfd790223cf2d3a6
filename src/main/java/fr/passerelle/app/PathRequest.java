package fr.passerelle.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * What a counsellor asks for, as typed (CLI options, a persona file, the form): not yet checked against the cache.
 * Money in euros as typed; {@link ProfileResolver} turns it into a validated profile. The funding answers (status
 * "de" / "non_inscrit" / "salarie", age, allowance "are" / "ass" / "rsa" / "aucune" and its end date as
 * AAAA-MM-JJ) are null when not asked; an RQTH is never part of a request.
 */
public record PathRequest(String job, String rome, String commune, Integer radiusKm, String level, Integer maxHours,
                          BigDecimal cpfEuros, BigDecimal budgetEuros, Boolean remote, String name, String status,
                          Integer age, String allocation, String allocationEnd) {
    public static final int DEFAULT_RADIUS_KM = 30;

    /** A request without the funding answers. */
    public PathRequest(String job, String rome, String commune, Integer radiusKm, String level, Integer maxHours,
                       BigDecimal cpfEuros, BigDecimal budgetEuros, Boolean remote, String name) {
        this(job, rome, commune, radiusKm, level, maxHours, cpfEuros, budgetEuros, remote, name, null, null, null, null);
    }

    /** Reads a persona file (data-samples/personas/*.json); unknown fields are an error, so typos are caught. */
    public static PathRequest fromFile(Path file) throws InvalidRequestException {
        JsonNode node;
        try {
            // Bytes, not toFile(): the personas bundled in the jar live in the jar's file system.
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                throw refusal("request.file.empty", file); // an empty file is not "JSON that is not an object"
            }
            node = new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw refusal("request.file.json", file, Param.label(e.getMessage().lines().findFirst().orElse("")));
        }
        if (node == null || !node.isObject()) {
            throw refusal("request.file.object", file);
        }
        // In the order of a persona file, so that the refusal lists them the same way every time.
        java.util.List<String> known = java.util.List.of("name", "age", "status", "allocation", "allocationEnd", "description",
                "job", "rome", "commune", "radiusKm", "level", "maxHours", "cpfEuros", "budgetEuros", "remote");
        for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw refusal("request.file.field", file, Param.label(field), Param.label(String.join(", ", known)));
            }
        }
        return new PathRequest(text(node, "job"), text(node, "rome"), text(node, "commune"), integer(file, node, "radiusKm"),
                text(node, "level"), integer(file, node, "maxHours"), decimal(file, node, "cpfEuros"),
                decimal(file, node, "budgetEuros"), bool(file, node, "remote"), text(node, "name"),
                text(node, "status"), integer(file, node, "age"), text(node, "allocation"), text(node, "allocationEnd"));
    }

    /** This request with the non-null fields of {@code override} (CLI options given beside --profile win). */
    public PathRequest overriddenBy(PathRequest o) {
        return new PathRequest(o.job != null || o.rome != null ? o.job : job, o.job != null || o.rome != null ? o.rome : rome,
                o.commune != null ? o.commune : commune, o.radiusKm != null ? o.radiusKm : radiusKm,
                o.level != null ? o.level : level, o.maxHours != null ? o.maxHours : maxHours,
                o.cpfEuros != null ? o.cpfEuros : cpfEuros, o.budgetEuros != null ? o.budgetEuros : budgetEuros,
                o.remote != null ? o.remote : remote, name, o.status != null ? o.status : status, o.age != null ? o.age : age,
                o.allocation != null ? o.allocation : allocation, o.allocationEnd != null ? o.allocationEnd : allocationEnd);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** true or false; a string ("oui", "true") or a number is refused rather than read as false. */
    private static Boolean bool(Path file, JsonNode node, String field) throws InvalidRequestException {
        if (!node.hasNonNull(field)) {
            return null;
        }
        if (!node.get(field).isBoolean()) {
            throw refusal("request.file.boolean", file, Param.label(field));
        }
        return node.get(field).booleanValue();
    }

    private static Integer integer(Path file, JsonNode node, String field) throws InvalidRequestException {
        if (!node.hasNonNull(field)) {
            return null;
        }
        if (!node.get(field).canConvertToInt()) {
            throw refusal("request.file.integer", file, Param.label(field));
        }
        return node.get(field).asInt();
    }

    private static BigDecimal decimal(Path file, JsonNode node, String field) throws InvalidRequestException {
        if (!node.hasNonNull(field)) {
            return null;
        }
        if (!node.get(field).isNumber()) {
            throw refusal("request.file.euros", file, Param.label(field));
        }
        return node.get(field).decimalValue();
    }

    /** A refusal about the file, said by the bundles (requests*.properties): its name first, then what is wrong. */
    private static InvalidRequestException refusal(String key, Path file, Param... params) {
        Param[] all = new Param[params.length + 1];
        all[0] = Param.label(String.valueOf(file.getFileName()));
        System.arraycopy(params, 0, all, 1, params.length);
        return new InvalidRequestException(Message.of(key, all));
    }
}
