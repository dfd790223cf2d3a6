package fr.passerelle.engine.index;

import fr.passerelle.engine.GeoMath;
import fr.passerelle.engine.data.HiringCompany;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Companies and their hiring score per ROME code, held in columns (one array per field) so that a national file of a
 * million establishments stays within a few hundred megabytes; per code, entries are sorted by latitude for radius
 * queries.
 */
public final class CompanyIndex {

    /** A company found near a point for a ROME code. */
    public record Found(String siret, String name, String nafCode, String communeInsee, String headcount, int score,
                        boolean estimated, double distanceKm) {
    }

    private final List<String> sirets = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> nafCodes = new ArrayList<>();
    private final List<String> communes = new ArrayList<>();
    private final List<String> headcounts = new ArrayList<>();
    private double[] latitudes = new double[1024];
    private double[] longitudes = new double[1024];
    private final Map<String, Bucket> byRome = new HashMap<>();

    public CompanyIndex(Iterable<HiringCompany> rows) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Builder> builders = new HashMap<>();
        for (HiringCompany row : rows) {
            Integer id = index.get(row.siret());
            if (id == null) {
                id = add(row);
                index.put(row.siret(), id);
            }
            builders.computeIfAbsent(row.romeCode(), k -> new Builder()).add(id, row.score(), row.estimated());
        }
        latitudes = Arrays.copyOf(latitudes, sirets.size());
        longitudes = Arrays.copyOf(longitudes, sirets.size());
        builders.forEach((code, builder) -> byRome.put(code, builder.build(latitudes)));
    }

    private int add(HiringCompany row) {
        int id = sirets.size();
        sirets.add(row.siret());
        names.add(row.name());
        nafCodes.add(row.nafCode());
        communes.add(row.communeInsee());
        headcounts.add(row.headcount());
        if (id == latitudes.length) {
            latitudes = Arrays.copyOf(latitudes, id * 2);
            longitudes = Arrays.copyOf(longitudes, id * 2);
        }
        latitudes[id] = row.latitude();
        longitudes[id] = row.longitude();
        return id;
    }

    public int size() {
        return sirets.size();
    }

    /** Companies with a score for one of {@code codes} within the radius; a company once, with its best score. */
    public List<Found> find(List<String> codes, double lat, double lon, double radiusKm) {
        Map<Integer, Found> found = new HashMap<>();
        double band = GeoMath.latitudeDegrees(radiusKm);
        for (String code : codes) {
            Bucket bucket = byRome.get(code);
            if (bucket == null) {
                continue;
            }
            int from = TrainingIndex.lowerBound(bucket.latitudes, lat - band);
            for (int i = from; i < bucket.ids.length && bucket.latitudes[i] <= lat + band; i++) {
                int id = bucket.ids[i];
                double km = GeoMath.km(lat, lon, latitudes[id], longitudes[id]);
                if (km <= radiusKm) {
                    Found candidate = new Found(sirets.get(id), names.get(id), nafCodes.get(id), communes.get(id),
                            headcounts.get(id), bucket.scores[i], bucket.estimated.get(i), km);
                    found.merge(id, candidate, (a, b) -> a.score() >= b.score() ? a : b);
                }
            }
        }
        List<Found> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparingInt(Found::score).reversed().thenComparingDouble(Found::distanceKm)
                .thenComparing(Found::siret));
        return list;
    }

    /** One ROME code's entries, sorted by latitude. */
    private static final class Bucket {
        int[] ids;
        double[] latitudes;
        byte[] scores;
        BitSet estimated;
    }

    /** Collects a ROME code's entries before sorting. */
    private static final class Builder {
        private int[] ids = new int[16];
        private byte[] scores = new byte[16];
        private final BitSet estimated = new BitSet();
        private int size;

        void add(int id, int score, boolean isEstimated) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            ids[size] = id;
            scores[size] = (byte) score;
            estimated.set(size, isEstimated);
            size++;
        }

        Bucket build(double[] companyLatitudes) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> companyLatitudes[ids[i]]).thenComparingInt(i -> ids[i]));
            Bucket bucket = new Bucket();
            bucket.ids = new int[size];
            bucket.latitudes = new double[size];
            bucket.scores = new byte[size];
            bucket.estimated = new BitSet(size);
            for (int k = 0; k < size; k++) {
                int i = order[k];
                bucket.ids[k] = ids[i];
                bucket.latitudes[k] = companyLatitudes[ids[i]];
                bucket.scores[k] = scores[i];
                bucket.estimated.set(k, estimated.get(i));
            }
            return bucket;
        }
    }
}
