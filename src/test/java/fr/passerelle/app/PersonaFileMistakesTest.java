package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.engine.words.MessageRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A persona file's mistakes, on real files: each said once, in a stable and readable way, none taken silently. */
class PersonaFileMistakesTest {
    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        Path f = dir.resolve("persona.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void anUnknownFieldListsTheExpectedFieldsInTheOrderOfAPersonaFile() throws Exception {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> PathRequest.fromFile(file("{\"job\": \"caissier\", \"commune\": \"Lille\", \"radius\": 30}")));
        String fields = "name, age, status, allocation, allocationEnd, description, job, rome, commune, radiusKm, level, maxHours, "
                + "cpfEuros, budgetEuros, remote";
        assertEquals("persona.json : champ inconnu « radius » (attendus : " + fields + ")", e.getMessage());
        assertEquals("persona.json: unknown field \"radius\" (expected: " + fields + ")",
                e.text(MessageRenderer.english()));
    }
}
