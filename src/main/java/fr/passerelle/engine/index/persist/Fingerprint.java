package fr.passerelle.engine.index.persist;

import java.nio.charset.StandardCharsets;

/** A 64-bit FNV-1a hash of a layout description: equal descriptions, equal fingerprints. */
final class Fingerprint {
    private Fingerprint() {
    }

    static long of(String description) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : description.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
