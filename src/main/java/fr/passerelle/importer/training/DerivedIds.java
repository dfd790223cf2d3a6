package fr.passerelle.importer.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifiers for sources that give none (the CPF exports): a prefix and the first 12 hex digits (48 bits) of the
 * SHA-256 of the values that make the thing what it is. The same content always gets the same identifier.
 */
final class DerivedIds {
    private DerivedIds() {
    }

    static String of(String prefix, Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1F);
            }
            return prefix + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
