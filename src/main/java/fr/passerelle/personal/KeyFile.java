package fr.passerelle.personal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Properties;

/**
 * The wrapped data key as it lies beside the database ({@code personal/key.properties}): the Argon2id salt and
 * settings, the AES-GCM nonce and the wrapped key with its tag. None of it is secret without the passphrase. The
 * settings and salt are the GCM's associated data: editing any of them makes the unwrap fail instead of weakening it.
 * Written to a temporary file in the same folder, then moved over the old one, so a crash while rewrapping leaves
 * either the old file or the new one, never half of each.
 */
public record KeyFile(KdfParameters kdf, byte[] salt, byte[] nonce, byte[] wrapped) {
    static final String FORMAT = "passerelle-personal-key-1";

    /** What the GCM authenticates beside the key: the format and everything the derivation used. */
    byte[] associatedData() {
        return (FORMAT + ";argon2id;v=19;m=" + kdf.memoryKiB() + ";t=" + kdf.iterations() + ";p=" + kdf.parallelism()
                + ";salt=" + Base64.getEncoder().encodeToString(salt)).getBytes(StandardCharsets.US_ASCII);
    }

    public static KeyFile read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        } catch (IOException e) {
            throw new KeyFileException(PersonalFailure.message("personal.keyFile.unreadable", file, e.getClass().getSimpleName()), e);
        }
        if (!FORMAT.equals(p.getProperty("format")) || !"argon2id".equals(p.getProperty("kdf"))) {
            throw new KeyFileException(PersonalFailure.message("personal.keyFile.unknownFormat", file, FORMAT));
        }
        try {
            KdfParameters kdf = new KdfParameters(Integer.parseInt(p.getProperty("memoryKiB")),
                    Integer.parseInt(p.getProperty("iterations")), Integer.parseInt(p.getProperty("parallelism")));
            if (!kdf.meetsOwaspMinimum()) {
                throw new KeyFileException(PersonalFailure.message("personal.keyFile.belowOwasp", file, kdf.memoryKiB(),
                        kdf.iterations()));
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new KeyFile(kdf, b64.decode(p.getProperty("salt")), b64.decode(p.getProperty("nonce")),
                    b64.decode(p.getProperty("wrappedKey")));
        } catch (NullPointerException | IllegalArgumentException e) {
            if (e instanceof KeyFileException k) {
                throw k;
            }
            throw new KeyFileException(PersonalFailure.message("personal.keyFile.incomplete", file, e.getClass().getSimpleName()), e);
        }
    }

    public void write(Path file) {
        Properties p = new Properties();
        Base64.Encoder b64 = Base64.getEncoder();
        p.setProperty("format", FORMAT);
        p.setProperty("kdf", "argon2id");
        p.setProperty("memoryKiB", Integer.toString(kdf.memoryKiB()));
        p.setProperty("iterations", Integer.toString(kdf.iterations()));
        p.setProperty("parallelism", Integer.toString(kdf.parallelism()));
        p.setProperty("salt", b64.encodeToString(salt));
        p.setProperty("nonce", b64.encodeToString(nonce));
        p.setProperty("wrappedKey", b64.encodeToString(wrapped));
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.ISO_8859_1)) {
                p.store(out, "Passerelle : clé des données personnelles, chiffrée par la phrase secrète (Argon2id + AES-GCM)");
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the old key file is intact; the temporary one is not secret
            }
            throw new KeyFileException(PersonalFailure.message("personal.keyFile.unwritable", file, e.getClass().getSimpleName()), e);
        }
    }
}
