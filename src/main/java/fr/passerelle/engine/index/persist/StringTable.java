package fr.passerelle.engine.index.persist;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The reading side of {@link StringPool}: strings decoded on first use from the mapped file and kept, so that
 * loading an index does not decode a million company names nobody will look at. Safe to share between threads (a
 * string decoded twice by a race is the same string).
 */
public final class StringTable {
    private final ByteBuffer bytes;
    private final int[] ends;
    private final String[] decoded;
    /** Code records (RomeCode, InseeCode) made from a string, by string number: immutable, so shared. */
    private final java.util.Map<Class<?>, Object[]> codes = new java.util.concurrent.ConcurrentHashMap<>();

    private StringTable(ByteBuffer bytes, int[] ends) {
        this.bytes = bytes;
        this.ends = ends;
        this.decoded = new String[ends.length];
    }

    /** Reads a table at the buffer's position and moves past it. */
    static StringTable read(ByteBuffer in) throws IndexFileException {
        int count = Sections.count(in, 4);
        int[] ends = new int[count];
        in.asIntBuffer().get(ends);
        in.position(in.position() + 4 * count);
        int length = count == 0 ? 0 : ends[count - 1];
        if (length < 0 || length > in.remaining()) {
            throw new IndexFileException("table de textes incohérente dans l'index");
        }
        ByteBuffer bytes = in.slice(in.position(), length);
        in.position(in.position() + length);
        return new StringTable(bytes, ends);
    }

    Object code(Class<?> type, int id) {
        return codes.computeIfAbsent(type, t -> new Object[decoded.length])[id];
    }

    void keepCode(Class<?> type, int id, Object code) {
        codes.get(type)[id] = code;
    }

    public int size() {
        return ends.length;
    }

    /** The string numbered {@code id}; null for -1. */
    public String get(int id) {
        if (id < 0) {
            return null;
        }
        String s = decoded[id];
        if (s == null) {
            int start = id == 0 ? 0 : ends[id - 1];
            byte[] b = new byte[ends[id] - start];
            bytes.get(start, b);
            s = new String(b, StandardCharsets.UTF_8);
            decoded[id] = s;
        }
        return s;
    }
}
