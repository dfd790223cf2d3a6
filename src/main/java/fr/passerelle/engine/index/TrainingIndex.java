package fr.passerelle.engine.index;

import fr.passerelle.engine.index.GeoMath;
import fr.passerelle.engine.data.TrainingOffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Training sessions by the ROME codes they lead to; per code, the sessions with a place are sorted by latitude so
 * that a radius query only looks at a band of latitudes, and distance-learning sessions are kept apart.
 */
public final class TrainingIndex {

    /** A session found for a query, with its straight-line distance (null for distance learning without place). */
    public record Found(TrainingOffer offer, Double distanceKm) {
    }

    /** The sessions by number (held in a list, or decoded on first use from a persisted index). */
    public interface Offers {
        TrainingOffer get(int id);

        int size();
    }

    /**
     * One ROME code's sessions by number: those with a place sorted by latitude (then session id), with their
     * coordinates, and the distance-learning ones in reading order. For a persisted index to write and give back.
     */
    public record BucketColumns(int[] placed, double[] latitudes, double[] longitudes, int[] remote) {
    }

    private final Map<String, Bucket> byRome = new HashMap<>();
    private final Offers offers;

    public TrainingIndex(List<TrainingOffer> offers) {
        this.offers = new Offers() {
            @Override
            public TrainingOffer get(int id) {
                return offers.get(id);
            }

            @Override
            public int size() {
                return offers.size();
            }
        };
        Map<String, List<Integer>> placed = new HashMap<>();
        Map<String, List<Integer>> remote = new HashMap<>();
        for (int id = 0; id < offers.size(); id++) {
            TrainingOffer offer = offers.get(id);
            for (String code : offer.romeCodes()) {
                if (offer.hasPlace()) {
                    placed.computeIfAbsent(code, k -> new ArrayList<>()).add(id);
                }
                if (offer.remote()) {
                    remote.computeIfAbsent(code, k -> new ArrayList<>()).add(id);
                }
            }
        }
        for (Map.Entry<String, List<Integer>> e : placed.entrySet()) {
            List<Integer> ids = e.getValue();
            ids.sort(Comparator.comparingDouble((Integer id) -> offers.get(id).latitude())
                    .thenComparing(id -> offers.get(id).sessionId()));
            Bucket bucket = byRome.computeIfAbsent(e.getKey(), k -> new Bucket());
            bucket.placed = ids.stream().mapToInt(Integer::intValue).toArray();
            bucket.latitudes = ids.stream().mapToDouble(id -> offers.get(id).latitude()).toArray();
            bucket.longitudes = ids.stream().mapToDouble(id -> offers.get(id).longitude()).toArray();
        }
        for (Map.Entry<String, List<Integer>> e : remote.entrySet()) {
            byRome.computeIfAbsent(e.getKey(), k -> new Bucket()).remote = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private TrainingIndex(Offers offers, Map<String, BucketColumns> buckets) {
        this.offers = offers;
        buckets.forEach((code, b) -> {
            Bucket bucket = new Bucket();
            bucket.placed = b.placed();
            bucket.latitudes = b.latitudes();
            bucket.longitudes = b.longitudes();
            bucket.remote = b.remote();
            byRome.put(code, bucket);
        });
    }

    /** The index over sessions and buckets given back by a persisted index. */
    public static TrainingIndex of(Offers offers, Map<String, BucketColumns> buckets) {
        return new TrainingIndex(offers, buckets);
    }

    /** The sessions, for a persisted index. */
    public Offers offers() {
        return offers;
    }

    /** The buckets by ROME code, in code order, for a persisted index (shared, not copied: do not change them). */
    public Map<String, BucketColumns> buckets() {
        Map<String, BucketColumns> all = new java.util.TreeMap<>();
        byRome.forEach((code, b) -> all.put(code, new BucketColumns(b.placed, b.latitudes, b.longitudes, b.remote)));
        return all;
    }

    public int size() {
        return offers.size();
    }

    /**
     * Sessions leading to any of {@code codes}: within {@code radiusKm} of the point, plus distance-learning ones when
     * accepted; each session once, filtered by {@code keep}.
     */
    public List<Found> find(List<String> codes, double lat, double lon, double radiusKm, boolean remoteAccepted,
                            Predicate<TrainingOffer> keep) {
        Map<String, Found> found = new HashMap<>();
        for (String code : codes) {
            Bucket bucket = byRome.get(code);
            if (bucket == null) {
                continue;
            }
            bucket.near(offers, lat, lon, radiusKm, (offer, km) -> {
                if (keep.test(offer)) {
                    found.putIfAbsent(offer.sessionId(), new Found(offer, km));
                }
            });
            if (remoteAccepted) {
                for (int id : bucket.remote) {
                    TrainingOffer offer = offers.get(id);
                    if (keep.test(offer) && !found.containsKey(offer.sessionId())) {
                        Double km = offer.hasPlace() ? GeoMath.km(lat, lon, offer.latitude(), offer.longitude()) : null;
                        found.put(offer.sessionId(), new Found(offer, km));
                    }
                }
            }
        }
        List<Found> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparing((Found f) -> f.offer().sessionId()));
        return list;
    }

    /** One ROME code's sessions, by number. */
    private static final class Bucket {
        private int[] placed = new int[0];
        private double[] latitudes = new double[0];
        private double[] longitudes = new double[0];
        private int[] remote = new int[0];

        void near(Offers offers, double lat, double lon, double radiusKm, Hit hit) {
            double band = GeoMath.latitudeDegrees(radiusKm);
            double lonBand = band / Math.max(0.01, Math.cos(Math.toRadians(lat)));
            int from = lowerBound(latitudes, lat - band);
            for (int i = from; i < placed.length && latitudes[i] <= lat + band; i++) {
                if (Math.abs(longitudes[i] - lon) > lonBand) {
                    continue;
                }
                double km = GeoMath.km(lat, lon, latitudes[i], longitudes[i]);
                if (km <= radiusKm) {
                    hit.accept(offers.get(placed[i]), km);
                }
            }
        }
    }

    /** Receives a session near the point. */
    private interface Hit {
        void accept(TrainingOffer offer, double km);
    }

    static int lowerBound(double[] sorted, double value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }
}
