package fr.passerelle.app.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.passerelle.store.personal.PersonalRows;

/**
 * What each outbox item carries to the agency (sync.md, "Payloads"): the profile as stored (the same allow-list of
 * fields as the database, {@link RequestJson}), a note added or deleted, a saved path, or an erasure, which carries
 * the reason only (the agency knows whom by the item's subject). JSON with ISO dates.
 */
final class OutboxPayloads {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutboxPayloads() {
    }

    static String profile(PersonalRows.Person p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", p.name());
        n.set("request", read(p.requestJson()));
        n.put("supportEnd", p.supportEnd() == null ? null : p.supportEnd().toString());
        n.put("created", p.created().toString());
        n.put("updated", p.updated().toString());
        return write(n);
    }

    static String noteAdded(PersonalRows.Note note) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("action", "ajout");
        n.put("noteId", note.id());
        n.put("text", note.body());
        n.put("written", note.written().toString());
        return write(n);
    }

    static String noteDeleted(String noteId, java.time.Instant at) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("action", "suppression");
        n.put("noteId", noteId);
        n.put("at", at.toString());
        return write(n);
    }

    static String path(PersonalRows.SavedPath s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("pathId", s.id());
        n.put("savedAt", s.savedAt().toString());
        n.put("rome", s.rome());
        n.put("occupation", s.occupation());
        n.put("training", s.training());
        n.put("funding", s.funding());
        n.put("dataAsOf", s.dataAsOf());
        return write(n);
    }

    /** {@code reason}: "demande" (right to erasure) or "conservation" (end of the retention period). */
    static String erasure(String reason) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("reason", reason);
        return write(n);
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Never e.getMessage(): Jackson quotes the text around the error.
            throw new IllegalStateException("profil enregistré illisible (JSON abîmé)");
        }
    }

    private static String write(ObjectNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("élément de la boîte d'envoi impossible à écrire en JSON");
        }
    }
}
