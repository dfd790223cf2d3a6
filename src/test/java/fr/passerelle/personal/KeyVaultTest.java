package fr.passerelle.personal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data key: made at random, wrapped by the passphrase (Argon2id + AES-GCM), rewrapped, never weakened. */
class KeyVaultTest {
    private static final char[] PASS = "le merle chante au printemps".toCharArray();
    private static final char[] OTHER = "une autre phrase bien longue".toCharArray();

    @TempDir
    Path dir;

    private KeyVault vault() {
        return new KeyVault(dir.resolve("key.properties"));
    }

    @Test
    void theRightPassphraseUnwrapsTheKeyThatWasMade() throws Exception {
        byte[] made = vault().create(PASS, KdfParameters.OWASP_MINIMUM).bytes();

        assertArrayEquals(made, vault().unlock(PASS).bytes());
    }

    @Test
    void twoSetupsMakeDifferentKeys() {
        byte[] first = new KeyVault(dir.resolve("a")).create(PASS, KdfParameters.OWASP_MINIMUM).bytes();
        byte[] second = new KeyVault(dir.resolve("b")).create(PASS, KdfParameters.OWASP_MINIMUM).bytes();

        assertFalse(java.util.Arrays.equals(first, second));
    }

    @Test
    void aWrongPassphraseIsRefusedInFrenchAndChangesNothing() throws Exception {
        vault().create(PASS, KdfParameters.OWASP_MINIMUM);
        byte[] before = Files.readAllBytes(vault().file());

        WrongPassphraseException e = assertThrows(WrongPassphraseException.class, () -> vault().unlock(OTHER));

        assertTrue(e.getMessage().startsWith("phrase secrète incorrecte"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(vault().file()));
    }

    @Test
    void changingThePassphraseKeepsTheSameKeyAndRefusesTheOldOne() throws Exception {
        byte[] key = vault().create(PASS, KdfParameters.OWASP_MINIMUM).bytes();

        vault().changePassphrase(PASS, OTHER, KdfParameters.OWASP_MINIMUM);

        assertArrayEquals(key, vault().unlock(OTHER).bytes());
        assertThrows(WrongPassphraseException.class, () -> vault().unlock(PASS));
    }

    @Test
    void changingWithAWrongCurrentPassphraseLeavesTheFileAsItWas() throws Exception {
        vault().create(PASS, KdfParameters.OWASP_MINIMUM);
        byte[] before = Files.readAllBytes(vault().file());

        assertThrows(WrongPassphraseException.class, () -> vault().changePassphrase(OTHER, OTHER, KdfParameters.OWASP_MINIMUM));

        assertArrayEquals(before, Files.readAllBytes(vault().file()));
    }

    @Test
    void settingsLoweredBelowOwaspInTheFileAreRefused() throws Exception {
        vault().create(PASS, KdfParameters.OWASP_MINIMUM);
        edit("memoryKiB=19456", "memoryKiB=1024");

        KeyFileException e = assertThrows(KeyFileException.class, () -> vault().unlock(PASS));

        assertTrue(e.getMessage().contains("minimum de l'OWASP"), e.getMessage());
    }

    @Test
    void settingsEditedInTheFileMakeTheUnwrapFailInsteadOfChangingTheDerivation() throws Exception {
        vault().create(PASS, KdfParameters.OWASP_MINIMUM);
        edit("iterations=2", "iterations=3");

        assertThrows(WrongPassphraseException.class, () -> vault().unlock(PASS));
    }

    @Test
    void anAccentTypedAsTwoCharactersGivesTheSameKey() throws Exception {
        byte[] key = vault().create("café au lait du matin".toCharArray(), KdfParameters.OWASP_MINIMUM).bytes();

        assertArrayEquals(key, vault().unlock("cafe\u0301 au lait du matin".toCharArray()).bytes());
    }

    @Test
    void setupNeverReplacesAnExistingKey() {
        vault().create(PASS, KdfParameters.OWASP_MINIMUM);

        assertThrows(KeyFileException.class, () -> vault().create(OTHER, KdfParameters.OWASP_MINIMUM));
    }

    @Test
    void theKeyFileHoldsNeitherThePassphraseNorTheKey() throws Exception {
        DataKey key = vault().create(PASS, KdfParameters.OWASP_MINIMUM);
        String file = Files.readString(vault().file(), StandardCharsets.ISO_8859_1);

        assertFalse(file.contains("merle"));
        assertFalse(file.toLowerCase().contains(new String(key.hex())));
        assertFalse(file.contains(java.util.Base64.getEncoder().encodeToString(key.bytes())));
    }

    @Test
    void aDestroyedKeyCannotBeReadAndPrintsNothing() {
        DataKey key = vault().create(PASS, KdfParameters.OWASP_MINIMUM);
        key.destroy();

        assertThrows(IllegalStateException.class, key::bytes);
        assertEquals("DataKey[masquée]", key.toString());
    }

    private void edit(String from, String to) throws Exception {
        String text = Files.readString(vault().file(), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(from), text);
        Files.writeString(vault().file(), text.replace(from, to), StandardCharsets.ISO_8859_1);
    }
}
