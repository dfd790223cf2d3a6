package fr.passerelle.engine.index.persist;

import fr.passerelle.engine.index.TrainingIndex;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/** The training index's buckets in a payload: per ROME code, session numbers and coordinates (bulk arrays). */
final class TrainingBuckets {
    static final String SHAPE = "trainingBuckets({code#:placed[],lat[],lon[],remote[]})";

    private TrainingBuckets() {
    }

    static void write(Map<String, TrainingIndex.BucketColumns> buckets, DataOutputStream out, StringPool pool) throws IOException {
        out.writeInt(buckets.size());
        for (Map.Entry<String, TrainingIndex.BucketColumns> e : buckets.entrySet()) {
            TrainingIndex.BucketColumns b = e.getValue();
            out.writeInt(pool.id(e.getKey()));
            Sections.writeInts(out, b.placed(), b.placed().length);
            Sections.writeDoubles(out, b.latitudes(), b.latitudes().length);
            Sections.writeDoubles(out, b.longitudes(), b.longitudes().length);
            Sections.writeInts(out, b.remote(), b.remote().length);
        }
    }

    static Map<String, TrainingIndex.BucketColumns> read(ByteBuffer in, StringTable strings, int sessions) throws IndexFileException {
        int count = Sections.count(in, 4);
        Map<String, TrainingIndex.BucketColumns> buckets = new HashMap<>(count * 2);
        for (int k = 0; k < count; k++) {
            String code = strings.get(in.getInt());
            int[] placed = Sections.readInts(in);
            double[] lat = Sections.readDoubles(in);
            double[] lon = Sections.readDoubles(in);
            int[] remote = Sections.readInts(in);
            if (code == null || lat.length != placed.length || lon.length != placed.length) {
                throw new IndexFileException("formations incohérentes dans l'index");
            }
            checkIds(placed, sessions);
            checkIds(remote, sessions);
            buckets.put(code, new TrainingIndex.BucketColumns(placed, lat, lon, remote));
        }
        return buckets;
    }

    private static void checkIds(int[] ids, int size) throws IndexFileException {
        for (int id : ids) {
            if (id < 0 || id >= size) {
                throw new IndexFileException("numéro de formation hors limites dans l'index : " + id);
            }
        }
    }
}
