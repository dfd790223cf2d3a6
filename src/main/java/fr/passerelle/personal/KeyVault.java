package fr.passerelle.personal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Makes, unwraps and rewraps the personal database's data key. The key is random (256 bits); the counsellor's
 * passphrase only derives, with Argon2id, the key that wraps it with AES-GCM. The database itself is opened with the
 * data key, never the passphrase, so changing the passphrase rewrites one small file and nothing else.
 */
public final class KeyVault {
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path file;
    private final SecureRandom random;

    public KeyVault(Path file, SecureRandom random) {
        this.file = file;
        this.random = random;
    }

    public KeyVault(Path file) {
        this(file, new SecureRandom());
    }

    public Path file() {
        return file;
    }

    /** True when a passphrase was set up on this workstation (the key file exists). */
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Makes a new random data key and writes it wrapped by {@code passphrase}; refuses to replace an existing one. */
    public DataKey create(char[] passphrase, KdfParameters kdf) {
        if (exists()) {
            throw new KeyFileException(PersonalFailure.message("personal.keyFile.exists", file));
        }
        if (!kdf.meetsOwaspMinimum()) {
            throw new IllegalArgumentException("réglages Argon2id sous le minimum de l'OWASP");
        }
        byte[] key = new byte[DataKey.BYTES];
        random.nextBytes(key);
        try {
            wrap(key, passphrase, kdf).write(file);
            return new DataKey(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The data key, or {@link WrongPassphraseException} (nothing written) when the passphrase does not open it. */
    public DataKey unlock(char[] passphrase) throws WrongPassphraseException {
        KeyFile stored = KeyFile.read(file);
        byte[] key = unwrap(stored, passphrase);
        try {
            return new DataKey(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Rewraps the same data key with a new passphrase (and salt, nonce, settings); the database is not touched. */
    public void changePassphrase(char[] current, char[] next, KdfParameters kdf) throws WrongPassphraseException {
        byte[] key = unwrap(KeyFile.read(file), current);
        try {
            wrap(key, next, kdf).write(file);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private KeyFile wrap(byte[] key, char[] passphrase, KdfParameters kdf) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        KeyFile header = new KeyFile(kdf, salt, nonce, new byte[0]);
        byte[] kek = derive(passphrase, salt, kdf);
        try {
            Cipher gcm = gcm(Cipher.ENCRYPT_MODE, kek, nonce, header.associatedData());
            return new KeyFile(kdf, salt, nonce, gcm.doFinal(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM indisponible dans ce Java", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] unwrap(KeyFile stored, char[] passphrase) throws WrongPassphraseException {
        byte[] kek = derive(passphrase, stored.salt(), stored.kdf());
        try {
            Cipher gcm = gcm(Cipher.DECRYPT_MODE, kek, stored.nonce(), stored.associatedData());
            return gcm.doFinal(stored.wrapped());
        } catch (AEADBadTagException e) {
            // A wrong passphrase and an edited file look the same: the tag does not match.
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException e) {
            throw new KeyFileException(PersonalFailure.message("personal.keyFile.unusable", e.getClass().getSimpleName()), e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static Cipher gcm(int mode, byte[] kek, byte[] nonce, byte[] aad) throws GeneralSecurityException {
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        gcm.updateAAD(aad);
        return gcm;
    }

    /**
     * Argon2id (version 0x13) of the passphrase, NFC-normalised first: "é" typed as one character or as "e" and an
     * accent gives the same key.
     */
    static byte[] derive(char[] passphrase, byte[] salt, KdfParameters kdf) {
        String normalised = Normalizer.normalize(CharBuffer.wrap(passphrase), Normalizer.Form.NFC);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(normalised);
        byte[] secret = new byte[encoded.remaining()];
        encoded.get(secret);
        Arrays.fill(encoded.array(), (byte) 0);
        Argon2BytesGenerator argon = new Argon2BytesGenerator();
        argon.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(kdf.memoryKiB()).withIterations(kdf.iterations())
                .withParallelism(kdf.parallelism()).build());
        byte[] out = new byte[32];
        argon.generateBytes(secret, out);
        Arrays.fill(secret, (byte) 0);
        return out;
    }
}
