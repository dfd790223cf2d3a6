package fr.passerelle.ui.workshop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.passerelle.app.InvalidRequestException;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.Personas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Persona files as the trainer keeps them: the same JSON as data-samples/personas/ (so that {@code path --profile}
 * and the window read them too), written where the trainer chooses, read back with the same checks.
 */
public final class PersonaFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PersonaFiles() {
    }

    /** Writes a persona (aside, then moved: never half a file). */
    public static void write(Path file, String description, PathRequest r) throws IOException {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", r.name());
        if (description != null && !description.isBlank()) {
            node.put("description", description.strip());
        }
        if (r.job() != null) {
            node.put("job", r.job());
        }
        if (r.rome() != null) {
            node.put("rome", r.rome());
        }
        node.put("commune", r.commune());
        if (r.radiusKm() != null) {
            node.put("radiusKm", r.radiusKm());
        }
        if (r.level() != null) {
            node.put("level", r.level());
        }
        if (r.maxHours() != null) {
            node.put("maxHours", r.maxHours());
        }
        if (r.cpfEuros() != null) {
            node.put("cpfEuros", r.cpfEuros());
        }
        if (r.budgetEuros() != null) {
            node.put("budgetEuros", r.budgetEuros());
        }
        if (r.remote() != null) {
            node.put("remote", r.remote());
        }
        Path absolute = file.toAbsolutePath();
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
        Files.write(tmp, MAPPER.writeValueAsBytes(node));
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads a persona file; the refusal names the file and what is wrong. */
    public static Personas.Persona read(Path file) throws InvalidRequestException {
        PathRequest request = PathRequest.fromFile(file);
        String description = "";
        try {
            var node = MAPPER.readTree(Files.readAllBytes(file));
            description = node.hasNonNull("description") ? node.get("description").asText() : "";
        } catch (IOException e) {
            throw new InvalidRequestException(file.getFileName() + " : illisible (" + e.getMessage() + ")");
        }
        return new Personas.Persona(file.getFileName().toString(), request.name(), description, request);
    }
}
