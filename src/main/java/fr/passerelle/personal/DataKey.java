package fr.passerelle.personal;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random 256-bit key the personal database is encrypted with. It never leaves memory unwrapped; {@link #destroy}
 * overwrites it when the store locks. {@code toString} says nothing about it, so a log line or an exception message
 * that prints it leaks nothing.
 */
public final class DataKey implements AutoCloseable {
    public static final int BYTES = 32;
    private final byte[] key;
    private boolean destroyed;

    DataKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("clé de données de " + key.length + " octets au lieu de " + BYTES);
        }
        this.key = key.clone();
    }

    /** The key as bytes (a copy: the caller wipes it). */
    public synchronized byte[] bytes() {
        check();
        return key.clone();
    }

    /** The key as 64 hexadecimal characters: the H2 file password (a copy: the caller wipes it). */
    public synchronized char[] hex() {
        check();
        return HexFormat.of().formatHex(key).toCharArray();
    }

    public synchronized boolean destroyed() {
        return destroyed;
    }

    /** Overwrites the key in memory; the data stays on disk, readable again after an unlock. */
    public synchronized void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    @Override
    public void close() {
        destroy();
    }

    private void check() {
        if (destroyed) {
            throw new IllegalStateException("clé de données effacée (données personnelles verrouillées)");
        }
    }

    @Override
    public String toString() {
        return "DataKey[masquée]";
    }
}
