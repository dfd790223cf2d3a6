package fr.passerelle.engine.index;

import fr.passerelle.engine.GeoMath;
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

    private final Map<String, Bucket> byRome = new HashMap<>();
    private int size;

    public TrainingIndex(Iterable<TrainingOffer> offers) {
        Map<String, List<TrainingOffer>> placed = new HashMap<>();
        Map<String, List<TrainingOffer>> remote = new HashMap<>();
        for (TrainingOffer offer : offers) {
            size++;
            for (String code : offer.romeCodes()) {
                if (offer.hasPlace()) {
                    placed.computeIfAbsent(code, k -> new ArrayList<>()).add(offer);
                }
                if (offer.remote()) {
                    remote.computeIfAbsent(code, k -> new ArrayList<>()).add(offer);
                }
            }
        }
        for (Map.Entry<String, List<TrainingOffer>> e : placed.entrySet()) {
            byRome.computeIfAbsent(e.getKey(), k -> new Bucket()).setPlaced(e.getValue());
        }
        for (Map.Entry<String, List<TrainingOffer>> e : remote.entrySet()) {
            byRome.computeIfAbsent(e.getKey(), k -> new Bucket()).remote = List.copyOf(e.getValue());
        }
    }

    public int size() {
        return size;
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
            bucket.near(lat, lon, radiusKm, (offer, km) -> {
                if (keep.test(offer)) {
                    found.putIfAbsent(offer.sessionId(), new Found(offer, km));
                }
            });
            if (remoteAccepted) {
                for (TrainingOffer offer : bucket.remote) {
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

    /** One ROME code's sessions. */
    private static final class Bucket {
        private TrainingOffer[] placed = new TrainingOffer[0];
        private double[] latitudes = new double[0];
        private List<TrainingOffer> remote = List.of();

        void setPlaced(List<TrainingOffer> offers) {
            offers.sort(Comparator.comparingDouble(TrainingOffer::latitude).thenComparing(TrainingOffer::sessionId));
            placed = offers.toArray(new TrainingOffer[0]);
            latitudes = new double[placed.length];
            for (int i = 0; i < placed.length; i++) {
                latitudes[i] = placed[i].latitude();
            }
        }

        void near(double lat, double lon, double radiusKm, Hit hit) {
            double band = GeoMath.latitudeDegrees(radiusKm);
            double lonBand = band / Math.max(0.01, Math.cos(Math.toRadians(lat)));
            int from = lowerBound(latitudes, lat - band);
            for (int i = from; i < placed.length && latitudes[i] <= lat + band; i++) {
                if (Math.abs(placed[i].longitude() - lon) > lonBand) {
                    continue;
                }
                double km = GeoMath.km(lat, lon, latitudes[i], placed[i].longitude());
                if (km <= radiusKm) {
                    hit.accept(placed[i], km);
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
