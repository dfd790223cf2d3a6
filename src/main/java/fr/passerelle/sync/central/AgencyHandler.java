package fr.passerelle.sync.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import fr.passerelle.sync.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The agency endpoint ({@code POST /agence/v1/elements}): receives the counsellors' pushed items, keeps each in its
 * folder (one file per item id, written durably before the acknowledgement), and acknowledges. Idempotent: an id
 * already received is acknowledged again, never stored twice. Conflicts (an edit based on an older revision of the
 * same person's record than one already received from another laptop) are kept too, side by side, and said so in the
 * acknowledgement: the agency never loses a version (sync.md, "Conflicts").
 */
final class AgencyHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> KINDS = Set.of("profil", "note", "parcours", "effacement");

    private final Path folder;
    private final java.util.function.Supplier<FaultPlan> faults;

    AgencyHandler(Path folder, java.util.function.Supplier<FaultPlan> faults) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.faults = faults;
    }

    synchronized void receive(HttpExchange exchange) throws IOException {
        JsonNode item;
        try {
            item = MAPPER.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            Exchanges.json(exchange, 400, "{\"statut\":\"refuse\",\"raison\":\"JSON illisible\"}");
            return;
        }
        String id = item.path("id").asText("");
        String reason = reasonToReject(item, id);
        if (reason != null) {
            Exchanges.json(exchange, 422, "{\"id\":" + Exchanges.quote(id) + ",\"statut\":\"refuse\",\"raison\":"
                    + Exchanges.quote(reason) + "}");
            return;
        }
        Path file = folder.resolve(id + ".json");
        String status = "recu";
        if (Files.exists(file)) {
            status = "deja-recu";
        } else {
            if (isConflict(item)) {
                status = "conflit";
            }
            if ("effacement".equals(item.path("kind").asText())) {
                eraseSubject(item.path("subject").asText());
            }
            DurableFiles.write(file, MAPPER.writeValueAsBytes(item));
        }
        if (faults.get().loseAckNow()) {
            throw new BundleHandler.CutException(); // stored, but the laptop never hears it: it must push again
        }
        Exchanges.json(exchange, "deja-recu".equals(status) ? 200 : 201, "{\"id\":" + Exchanges.quote(id) + ",\"statut\":\""
                + status + "\"}");
    }

    private static String reasonToReject(JsonNode item, String id) {
        if (!ID.matcher(id).matches()) {
            return "identifiant « id » absent ou invalide (UUID attendu)";
        }
        if (!KINDS.contains(item.path("kind").asText())) {
            return "champ « kind » : « " + item.path("kind").asText() + " » inconnu (profil, note, parcours ou effacement)";
        }
        if (item.path("subject").asText("").isBlank()) {
            return "champ « subject » absent : à quelle personne cet élément se rapporte-t-il ?";
        }
        if (!item.path("payload").isObject()) {
            return "champ « payload » absent ou n'est pas un objet";
        }
        return null;
    }

    /**
     * A person erased on a laptop: every item the agency holds about her goes (the erasure item itself, which carries
     * no personal value, is kept as the trace that it was done).
     */
    private void eraseSubject(String subject) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                if (subject.equals(MAPPER.readTree(p.toFile()).path("subject").asText())) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * True when another laptop already sent a revision of this person's profile newer than this edit's base. Only
     * profile edits can conflict: notes and saved paths are added with their own ids, never overwritten.
     */
    private boolean isConflict(JsonNode item) throws IOException {
        if (!"profil".equals(item.path("kind").asText())) {
            return false;
        }
        String subject = item.path("subject").asText();
        long base = item.path("baseRevision").asLong(0);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode other = MAPPER.readTree(p.toFile());
                if (subject.equals(other.path("subject").asText()) && "profil".equals(other.path("kind").asText()) && !item.path("origin").asText().equals(other.path("origin").asText())
                        && other.path("revision").asLong(0) > base) {
                    return true;
                }
            }
        }
        return false;
    }
}
