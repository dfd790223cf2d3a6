package fr.passerelle.sync.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The France Travail partner endpoints as the spec describes them (francetravail-api.md §1–4, §7): the token of the
 * /partenaire realm, the Offres v2 search with its range window (206/200/204, Content-Range, Accept-Range, the 400
 * messages), La Bonne Boite v2 search and the ROME 4.0 métiers list, all behind a Bearer token (401 empty when it is
 * unknown or expired).
 */
final class PartnerHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

    private final PartnerData data;
    private final java.util.function.Supplier<FaultPlan> faults;
    private final Clock clock;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    PartnerHandler(PartnerData data, java.util.function.Supplier<FaultPlan> faults, Clock clock, String clientId, String clientSecret) {
        this.data = data;
        this.faults = faults;
        this.clock = clock;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    void token(HttpExchange exchange) throws IOException {
        String realm = Exchanges.query(exchange).get("realm");
        if (!"/partenaire".equals(realm)) {
            Exchanges.json(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"Invalid realm\"}");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = Exchanges.form(body);
        if (!"client_credentials".equals(form.get("grant_type"))) {
            Exchanges.json(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        if (!clientId.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
            Exchanges.json(exchange, 400, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");
            return;
        }
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        tokens.put(token, clock.instant().plusSeconds(faults.get().tokenSeconds()));
        String scope = form.getOrDefault("scope", "");
        Exchanges.json(exchange, 200, "{\"scope\":" + Exchanges.quote(scope) + ",\"expires_in\":" + faults.get().tokenSeconds()
                + ",\"token_type\":\"Bearer\",\"access_token\":\"" + token + "\"}");
    }

    boolean authorised(HttpExchange exchange) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        Instant expiry = header != null && header.startsWith("Bearer ") ? tokens.get(header.substring(7)) : null;
        if (expiry == null || !clock.instant().isBefore(expiry)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            Exchanges.send(exchange, 401, null, null);
            return false;
        }
        return true;
    }

    void offers(HttpExchange exchange) throws IOException {
        if (!authorised(exchange)) {
            return;
        }
        Map<String, String> q = Exchanges.query(exchange);
        int start = 0;
        int end = 149;
        if (q.containsKey("range")) {
            Matcher m = RANGE.matcher(q.get("range"));
            if (!m.matches()) {
                error(exchange, "Valeur du paramètre « range » incorrecte.");
                return;
            }
            start = Integer.parseInt(m.group(1));
            end = Integer.parseInt(m.group(2));
        }
        if (end < start || end - start + 1 > 150) {
            error(exchange, "La plage de résultats demandée est trop importante.");
            return;
        }
        if (start > 3000) {
            error(exchange, "La position de début doit être inférieure ou égale à 3000.");
            return;
        }
        Set<String> romes = values(q.get("codeROME"));
        Set<String> departements = values(q.get("departement"));
        List<JsonNode> matching = data.offers().stream()
                .filter(o -> romes.isEmpty() || romes.contains(o.path("romeCode").asText()))
                .filter(o -> departements.isEmpty() || departements.contains(departement(o)))
                .toList();
        int total = matching.size();
        if (total == 0 || start >= total) {
            Exchanges.send(exchange, 204, null, null);
            return;
        }
        int last = Math.min(end, total - 1);
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode results = body.putArray("resultats");
        matching.subList(start, last + 1).forEach(results::add);
        body.putArray("filtresPossibles");
        exchange.getResponseHeaders().set("Content-Range", "offres " + start + "-" + last + "/" + total);
        exchange.getResponseHeaders().set("Accept-Range", "150");
        answer(exchange, end < total - 1 ? 206 : 200, MAPPER.writeValueAsString(body));
    }

    void companies(HttpExchange exchange) throws IOException {
        if (!authorised(exchange)) {
            return;
        }
        Set<String> romes = values(Exchanges.query(exchange).get("rome"));
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode items = body.putArray("items");
        data.companies().stream().filter(c -> romes.isEmpty() || romes.contains(c.path("rome").asText())).forEach(items::add);
        answer(exchange, 200, MAPPER.writeValueAsString(body));
    }

    void metiers(HttpExchange exchange) throws IOException {
        if (!authorised(exchange)) {
            return;
        }
        ArrayNode list = MAPPER.createArrayNode();
        for (String[] m : data.metiers()) {
            list.addObject().put("code", m[0]).put("libelle", m[1]);
        }
        answer(exchange, 200, MAPPER.writeValueAsString(list));
    }

    private void answer(HttpExchange exchange, int code, String json) throws IOException {
        if (faults.get().malformNow()) {
            json = json.substring(0, json.length() / 2);
        }
        Exchanges.json(exchange, code, json);
    }

    private static void error(HttpExchange exchange, String message) throws IOException {
        Exchanges.json(exchange, 400, "{\"message\":" + Exchanges.quote(message) + ",\"codeHttp\":400,\"codeErreur\":\"ERR_PARAM\"}");
    }

    private static String departement(JsonNode offer) {
        String commune = offer.path("lieuTravail").path("commune").asText("");
        if (commune.length() == 5) {
            return commune.startsWith("97") ? commune.substring(0, 3) : commune.substring(0, 2);
        }
        String label = offer.path("lieuTravail").path("libelle").asText("");
        int dash = label.indexOf(" - ");
        return dash > 0 ? label.substring(0, dash).trim() : "";
    }

    private static Set<String> values(String csv) {
        return csv == null || csv.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(csv.split(",")));
    }
}
