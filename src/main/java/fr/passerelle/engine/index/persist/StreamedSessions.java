package fr.passerelle.engine.index.persist;

import fr.passerelle.engine.data.TrainingOffer;
import fr.passerelle.engine.index.TrainingIndex;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The training sessions of a streaming build: each session is encoded into its record bytes as it is read (its texts
 * numbered in the shared pool, in reading order, as {@link LazyOffers#write} numbers them) and then dropped; only
 * what the buckets need stays (coordinates, session ids for ties, the numbers per ROME code). Writes the sessions
 * and buckets sections byte for byte as {@link LazyOffers} and {@link TrainingBuckets} write them from a built
 * {@link TrainingIndex}.
 */
final class StreamedSessions {
    private final StringPool pool;
    private final ChunkedBytes records;
    private final DataOutputStream recordOut;
    private int[] starts = new int[1024];
    private double[] latitudes = new double[1024];
    private double[] longitudes = new double[1024];
    private String[] sessionIds = new String[1024];
    private int size;
    private final Map<String, IntList> placed = new HashMap<>();
    private final Map<String, IntList> remote = new HashMap<>();

    StreamedSessions(StringPool pool, int chunk) {
        this.pool = pool;
        this.records = new ChunkedBytes(chunk);
        this.recordOut = new DataOutputStream(records);
    }

    /** Encodes one session (number {@link #size()} before the call) and files it under its ROME codes. */
    void add(TrainingOffer offer) throws IOException {
        int id = size++;
        if (id == starts.length) {
            int grown = id * 2;
            starts = Arrays.copyOf(starts, grown);
            latitudes = Arrays.copyOf(latitudes, grown);
            longitudes = Arrays.copyOf(longitudes, grown);
            sessionIds = Arrays.copyOf(sessionIds, grown);
        }
        starts[id] = recordOut.size();
        LazyOffers.writeOne(offer, recordOut, pool);
        if (records.size() > Integer.MAX_VALUE) {
            throw new IOException("sessions de formation trop nombreuses pour un index (" + records.size() + " octets)");
        }
        sessionIds[id] = offer.sessionId();
        if (offer.hasPlace()) {
            latitudes[id] = offer.latitude();
            longitudes[id] = offer.longitude();
        }
        // As TrainingIndex's constructor files them: a code listed twice files the session twice.
        for (String code : offer.romeCodes()) {
            if (offer.hasPlace()) {
                placed.computeIfAbsent(code, k -> new IntList()).add(id);
            }
            if (offer.remote()) {
                remote.computeIfAbsent(code, k -> new IntList()).add(id);
            }
        }
    }

    int size() {
        return size;
    }

    /** The sessions section (starts, then records), then the buckets section, as a built index writes them. */
    void write(DataOutputStream out) throws IOException {
        recordOut.flush();
        Sections.writeInts(out, starts, size);
        out.writeInt((int) records.size());
        records.writeTo(out);
        TrainingBuckets.write(buckets(), out, pool);
    }

    /** Per ROME code, in code order: as {@link TrainingIndex#buckets()} gives them (same sort, same ties). */
    private Map<String, TrainingIndex.BucketColumns> buckets() {
        Map<String, TrainingIndex.BucketColumns> all = new TreeMap<>();
        int[] none = new int[0];
        placed.forEach((code, list) -> {
            Integer[] ids = list.boxed();
            // Stable, as List.sort in TrainingIndex: equal latitude and session id keep reading order.
            Arrays.sort(ids, Comparator.comparingDouble((Integer id) -> latitudes[id]).thenComparing(id -> sessionIds[id]));
            int[] order = new int[ids.length];
            double[] lat = new double[ids.length];
            double[] lon = new double[ids.length];
            for (int k = 0; k < ids.length; k++) {
                order[k] = ids[k];
                lat[k] = latitudes[ids[k]];
                lon[k] = longitudes[ids[k]];
            }
            all.put(code, new TrainingIndex.BucketColumns(order, lat, lon, none));
        });
        remote.forEach((code, list) -> {
            TrainingIndex.BucketColumns b = all.get(code);
            int[] ids = list.toArray();
            all.put(code, b == null ? new TrainingIndex.BucketColumns(none, new double[0], new double[0], ids)
                    : new TrainingIndex.BucketColumns(b.placed(), b.latitudes(), b.longitudes(), ids));
        });
        return all;
    }

    /** A growable list of ints without boxing. */
    static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }

        Integer[] boxed() {
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) {
                boxed[i] = values[i];
            }
            return boxed;
        }
    }
}
