package fr.passerelle.engine.index.persist;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strings of a payload, each stored once (a commune, a provider or a ROME code repeats thousands of times):
 * records refer to them by number, -1 for null. Written as a count, the end offset of each string, then the UTF-8
 * bytes, so that a reader can decode any one of them without the others ({@link StringTable}).
 */
final class StringPool {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    int id(String s) {
        if (s == null) {
            return -1;
        }
        Integer id = ids.get(s);
        if (id == null) {
            id = strings.size();
            ids.put(s, id);
            strings.add(s);
        }
        return id;
    }

    /**
     * Writes {@code n} non-null texts as one column in the table layout, without pooling them (SIRETs and company
     * names hardly repeat; a pool of a million of them would cost more memory than it saves). Encodes twice rather
     * than holding every encoded text.
     */
    static void writeColumn(DataOutputStream out, java.util.function.IntFunction<String> column, int n) throws IOException {
        out.writeInt(n);
        int end = 0;
        for (int i = 0; i < n; i++) {
            end += column.apply(i).getBytes(StandardCharsets.UTF_8).length;
            out.writeInt(end);
        }
        for (int i = 0; i < n; i++) {
            out.write(column.apply(i).getBytes(StandardCharsets.UTF_8));
        }
    }

    void writeTo(DataOutputStream out) throws IOException {
        List<byte[]> bytes = new ArrayList<>(strings.size());
        out.writeInt(strings.size());
        int end = 0;
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            bytes.add(b);
            end += b.length;
            out.writeInt(end);
        }
        for (byte[] b : bytes) {
            out.write(b);
        }
    }
}
