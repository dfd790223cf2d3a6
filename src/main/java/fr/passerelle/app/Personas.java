package fr.passerelle.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fictional job seekers of data-samples/personas/, as bundled in the jar: demonstrations, offline. */
public final class Personas {

    /** One persona: her file name, her name, a line about her, and her request. */
    public record Persona(String file, String name, String description, PathRequest request) {
    }

    private Personas() {
    }

    /** The bundled personas, by name; a persona file that cannot be read is left out (they are ours, tested). */
    public static List<Persona> bundled() {
        try (BundledSamples samples = BundledSamples.open()) {
            return read(samples.root().resolve("personas"));
        }
    }

    static List<Persona> read(Path folder) {
        List<Persona> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                PathRequest request = PathRequest.fromFile(file);
                JsonNode node = new ObjectMapper().readTree(Files.readAllBytes(file));
                String description = node.hasNonNull("description") ? node.get("description").asText() : "";
                out.add(new Persona(file.getFileName().toString(), request.name(), description, request));
            }
        } catch (IOException | InvalidRequestException e) {
            throw new IllegalStateException("les personas d'exemple sont illisibles : " + e.getMessage(), e);
        }
        out.sort(java.util.Comparator.comparing(p -> p.name() == null ? p.file() : p.name()));
        return out;
    }
}
