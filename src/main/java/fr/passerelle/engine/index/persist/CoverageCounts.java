package fr.passerelle.engine.index.persist;

import fr.passerelle.engine.index.Coverage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The coverage counts (sessions and companies per département) in a payload, counted once at build time. */
final class CoverageCounts {
    static final String SHAPE = "coverage(trainings{dep#:n},companies{dep#:n})";

    private CoverageCounts() {
    }

    static void write(Coverage coverage, DataOutputStream out, StringPool pool) throws IOException {
        writeMap(new TreeMap<>(coverage.trainingCounts()), out, pool);
        writeMap(new TreeMap<>(coverage.companyCounts()), out, pool);
    }

    static Coverage read(ByteBuffer in, StringTable strings) throws IndexFileException {
        Map<String, Integer> trainings = readMap(in, strings);
        return Coverage.of(trainings, readMap(in, strings));
    }

    private static void writeMap(Map<String, Integer> map, DataOutputStream out, StringPool pool) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            out.writeInt(pool.id(e.getKey()));
            out.writeInt(e.getValue());
        }
    }

    private static Map<String, Integer> readMap(ByteBuffer in, StringTable strings) throws IndexFileException {
        int n = Sections.count(in, 8);
        Map<String, Integer> map = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            map.put(strings.get(in.getInt()), in.getInt());
        }
        return map;
    }
}
