package fr.passerelle.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the outbox journal, one line per record: base64(12-byte nonce ‖ ciphertext ‖ 16-byte tag). The key
 * is 32 random bytes in {@code personal/outbox.key}, readable by its owner only (0600 where the file system allows):
 * the journal alone (a backup, a copied file, a synced folder without the key) reveals nothing, and a torn or altered
 * line fails its tag and is ignored. It does not protect against someone who has the whole home folder and the user's
 * rights: that is the encrypted personal store's job (a key from the counsellor's passphrase), which now holds the
 * outbox; this cipher only reads a former journal for its one-time migration (sync.md).
 */
final class JournalCipher {
    private static final int NONCE = 12;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private JournalCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    static JournalCipher openOrCreate(Path keyFile) throws IOException {
        if (Files.exists(keyFile)) {
            byte[] key = Files.readAllBytes(keyFile);
            if (key.length != 32) {
                throw new IOException("clé de la boîte d'envoi invalide (" + keyFile + " : " + key.length + " octets au lieu de 32)");
            }
            return new JournalCipher(key);
        }
        Files.createDirectories(keyFile.getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path tmp = keyFile.resolveSibling(keyFile.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // Windows: the user's profile folder is private already
        }
        Files.write(tmp, key);
        DurableFiles.move(tmp, keyFile);
        return new JournalCipher(key);
    }

    String seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain record, or null for a line that is torn, altered or sealed with another key. */
    byte[] open(String line) {
        try {
            byte[] in = Base64.getDecoder().decode(line.strip());
            if (in.length <= NONCE + 16) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE));
            return cipher.doFinal(in, NONCE, in.length - NONCE);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }
}
