package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.engine.words.MessageRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n", "\n\n"})
    void anEmptyFileIsSaidToBeEmpty(String content) throws Exception {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> PathRequest.fromFile(file(content)));
        assertEquals("persona.json : le fichier est vide (un objet JSON est attendu, comme les personas de data-samples/personas)",
                e.getMessage());
        assertEquals("persona.json: the file is empty (a JSON object is expected, like the personas in data-samples/personas)",
                e.text(MessageRenderer.english()));
    }

    @Test
    void jsonThatIsNotAnObjectIsStillSaidSo() throws Exception {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> PathRequest.fromFile(file("[1, 2]")));
        assertEquals("persona.json : un objet JSON est attendu", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"oui\"", "\"true\"", "1", "\"non\""})
    void remoteMustBeTrueOrFalse(String value) throws Exception {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> PathRequest.fromFile(file("{\"job\": \"caissier\", \"commune\": \"Lille\", \"remote\": " + value + "}")));
        assertEquals("persona.json : remote doit valoir true ou false (sans guillemets)", e.getMessage());
        assertEquals("persona.json: remote must be true or false (without quotes)", e.text(MessageRenderer.english()));
    }

    @Test
    void remoteTrueFalseOrAbsentIsRead() throws Exception {
        assertEquals(Boolean.TRUE, PathRequest.fromFile(file("{\"job\": \"caissier\", \"commune\": \"Lille\", \"remote\": true}")).remote());
        assertEquals(Boolean.FALSE, PathRequest.fromFile(file("{\"job\": \"caissier\", \"commune\": \"Lille\", \"remote\": false}")).remote());
        assertEquals(null, PathRequest.fromFile(file("{\"job\": \"caissier\", \"commune\": \"Lille\", \"remote\": null}")).remote());
        assertEquals(null, PathRequest.fromFile(file("{\"job\": \"caissier\", \"commune\": \"Lille\"}")).remote());
    }
}
