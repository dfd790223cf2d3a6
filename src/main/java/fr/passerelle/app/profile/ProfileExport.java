package fr.passerelle.app.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One job seeker's data as JSON (GDPR right of access, art. 15, and portability, art. 20): her profile as typed, her
 * notes, her saved paths, with ISO dates. Format {@code passerelle-personal-export-1}; see personal-data.md.
 */
final class ProfileExport {
    static final String FORMAT = "passerelle-personal-export-1";

    private ProfileExport() {
    }

    static String json(EncryptedProfileStore profiles, String id, Instant now) throws ProfileNotFoundException {
        StoredProfile p = profiles.find(id).orElseThrow(() -> new ProfileNotFoundException(id));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("exportedAt", now.toString());
        ObjectNode person = root.putObject("person");
        person.put("id", p.id());
        person.put("name", p.name());
        person.put("created", p.created().toString());
        person.put("updated", p.updated().toString());
        profiles.row(id).map(r -> r.supportEnd()).ifPresentOrElse(d -> person.put("supportEnd", d.toString()),
                () -> person.putNull("supportEnd"));
        person.set("request", RequestJson.tree(p.request()));
        ArrayNode notes = root.putArray("notes");
        p.notes().forEach(n -> notes.addObject().put("id", n.id()).put("written", n.written().toString()).put("text", n.text()));
        ArrayNode paths = root.putArray("savedPaths");
        profiles.paths(id).forEach(s -> paths.addObject().put("savedAt", s.savedAt().toString()).put("rome", s.rome())
                .put("occupation", s.occupation()).put("training", s.training()).put("funding", s.funding())
                .put("dataAsOf", s.dataAsOf()));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export JSON impossible", e);
        }
    }
}
