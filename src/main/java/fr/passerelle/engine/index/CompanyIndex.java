package fr.passerelle.engine.index;

import fr.passerelle.engine.index.GeoMath;
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

    /** One text column: the value of company {@code i} (held in a list, or read from a persisted index). */
    @FunctionalInterface
    public interface Strings {
        String get(int i);
    }

    /**
     * The columns as they are, for a persisted index to write and give back ({@link #of}): one value per company,
     * and per ROME code its entries sorted by latitude.
     */
    public record Columns(int size, Strings sirets, Strings names, Strings nafCodes, Strings communes,
                          Strings headcounts, double[] latitudes, double[] longitudes, Map<String, BucketColumns> byRome) {
    }

    /** One ROME code's entries: company number, its latitude, the score and whether it was estimated. */
    public record BucketColumns(int[] ids, double[] latitudes, byte[] scores, long[] estimated) {
    }

    private final List<String> siretList = new ArrayList<>();
    private final List<String> nameList = new ArrayList<>();
    private final List<String> nafList = new ArrayList<>();
    private final List<String> communeList = new ArrayList<>();
    private final List<String> headcountList = new ArrayList<>();
    private Strings sirets = siretList::get;
    private Strings names = nameList::get;
    private Strings nafCodes = nafList::get;
    private Strings communes = communeList::get;
    private Strings headcounts = headcountList::get;
    private int size;
    private double[] latitudes = new double[1024];
    private double[] longitudes = new double[1024];
    private final Map<String, Bucket> byRome = new HashMap<>();

    private CompanyIndex() {
    }

    /** The index over columns given back by a persisted index. */
    public static CompanyIndex of(Columns columns) {
        CompanyIndex index = new CompanyIndex();
        index.size = columns.size();
        index.sirets = columns.sirets();
        index.names = columns.names();
        index.nafCodes = columns.nafCodes();
        index.communes = columns.communes();
        index.headcounts = columns.headcounts();
        index.latitudes = columns.latitudes();
        index.longitudes = columns.longitudes();
        columns.byRome().forEach((code, b) -> index.byRome.put(code, bucket(b)));
        return index;
    }

    private static Bucket bucket(BucketColumns b) {
        Bucket bucket = new Bucket();
        bucket.ids = b.ids();
        bucket.latitudes = b.latitudes();
        bucket.scores = b.scores();
        bucket.estimated = BitSet.valueOf(b.estimated());
        return bucket;
    }

    /** The columns, for a persisted index (shared, not copied: do not change them). */
    public Columns columns() {
        Map<String, BucketColumns> buckets = new java.util.TreeMap<>();
        byRome.forEach((code, b) -> buckets.put(code, new BucketColumns(b.ids, b.latitudes, b.scores, b.estimated.toLongArray())));
        return new Columns(size, sirets, names, nafCodes, communes, headcounts, latitudes, longitudes, buckets);
    }

    /**
     * Builds the index from a stream of rows without holding them: a company's rows are expected one after the
     * other (the store delivers them by SIRET), so only the previous SIRET is remembered; repeated values (NAF,
     * commune, headcount bracket) are shared.
     */
    public static final class Loader {
        private final CompanyIndex index;
        private final Map<String, Entries> builders = new HashMap<>();
        private final Map<String, String> shared = new HashMap<>();
        private String previousSiret;
        private int previousId = -1;

        public Loader() {
            this(new CompanyIndex());
        }

        private Loader(CompanyIndex index) {
            this.index = index;
        }

        public void add(HiringCompany row) {
            if (!row.siret().equals(previousSiret)) {
                previousId = index.add(row, shared);
                previousSiret = row.siret();
            }
            builders.computeIfAbsent(share(shared, row.romeCode()), k -> new Entries()).add(previousId, row.score(), row.estimated());
        }

        public CompanyIndex finish() {
            index.latitudes = Arrays.copyOf(index.latitudes, index.size);
            index.longitudes = Arrays.copyOf(index.longitudes, index.size);
            builders.forEach((code, entries) -> index.byRome.put(code, bucket(entries.sorted(index.latitudes))));
            builders.clear();
            shared.clear();
            return index;
        }
    }

    private static String share(Map<String, String> shared, String value) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }

    private int add(HiringCompany row, Map<String, String> shared) {
        int id = size++;
        siretList.add(row.siret());
        nameList.add(row.name());
        nafList.add(share(shared, row.nafCode()));
        communeList.add(share(shared, row.communeInsee()));
        headcountList.add(share(shared, row.headcount()));
        if (id == latitudes.length) {
            latitudes = Arrays.copyOf(latitudes, id * 2);
            longitudes = Arrays.copyOf(longitudes, id * 2);
        }
        latitudes[id] = row.latitude();
        longitudes[id] = row.longitude();
        return id;
    }

    public int size() {
        return size;
    }

    /** How many companies each commune holds (for the coverage of the data). */
    public Map<String, Integer> countsByCommune() {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String commune = communes.get(i);
            if (commune != null) {
                counts.merge(commune, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** What a radius query found: how many companies, and the best few (score, then distance). */
    public record Result(int count, List<Found> best) {
    }

    /**
     * Companies with a score for one of {@code codes} within the radius, each counted once with its best score; only
     * the {@code keep} best are materialised, so a 100 km query in a dense area costs a scan, not a sort.
     */
    public Result find(List<String> codes, double lat, double lon, double radiusKm, int keep) {
        double band = GeoMath.latitudeDegrees(radiusKm);
        double lonBand = band / Math.max(0.01, Math.cos(Math.toRadians(lat)));
        BitSet seen = codes.size() > 1 ? new BitSet(size) : null;
        int count = 0;
        List<Found> best = new ArrayList<>();
        Comparator<Found> order = Comparator.comparingInt(Found::score).reversed().thenComparingDouble(Found::distanceKm)
                .thenComparing(Found::siret);
        for (String code : codes) {
            Bucket bucket = byRome.get(code);
            if (bucket == null) {
                continue;
            }
            int from = TrainingIndex.lowerBound(bucket.latitudes, lat - band);
            for (int i = from; i < bucket.ids.length && bucket.latitudes[i] <= lat + band; i++) {
                int id = bucket.ids[i];
                if (Math.abs(longitudes[id] - lon) > lonBand) {
                    continue;
                }
                double km = GeoMath.km(lat, lon, latitudes[id], longitudes[id]);
                if (km > radiusKm) {
                    continue;
                }
                if (seen != null) {
                    if (seen.get(id)) {
                        // Already counted for another code: keep its better score among the best, if it is there.
                        upgrade(best, id, bucket, i, km, order);
                        continue;
                    }
                    seen.set(id);
                }
                count++;
                int score = bucket.scores[i];
                if (keep == 0) {
                    continue;
                }
                if (best.size() < keep || score > best.get(best.size() - 1).score()
                        || (score == best.get(best.size() - 1).score() && km < best.get(best.size() - 1).distanceKm())) {
                    best.add(found(id, bucket, i, km));
                    best.sort(order);
                    if (best.size() > keep) {
                        best.remove(best.size() - 1);
                    }
                }
            }
        }
        return new Result(count, List.copyOf(best));
    }

    /** Companies found, without materialising them (for rescue counts). */
    public int count(List<String> codes, double lat, double lon, double radiusKm) {
        return find(codes, lat, lon, radiusKm, 0).count();
    }

    /** The distance to the nearest company with a score for one of {@code codes}, within {@code maxKm}; null if none. */
    public Double nearestKm(List<String> codes, double lat, double lon, double maxKm) {
        double band = GeoMath.latitudeDegrees(maxKm);
        Double nearest = null;
        for (String code : codes) {
            Bucket bucket = byRome.get(code);
            if (bucket == null) {
                continue;
            }
            int from = TrainingIndex.lowerBound(bucket.latitudes, lat - band);
            for (int i = from; i < bucket.ids.length && bucket.latitudes[i] <= lat + band; i++) {
                int id = bucket.ids[i];
                double km = GeoMath.km(lat, lon, latitudes[id], longitudes[id]);
                if (km <= maxKm && (nearest == null || km < nearest)) {
                    nearest = km;
                }
            }
        }
        return nearest;
    }

    private void upgrade(List<Found> best, int id, Bucket bucket, int i, double km, Comparator<Found> order) {
        String siret = sirets.get(id);
        for (int k = 0; k < best.size(); k++) {
            if (best.get(k).siret().equals(siret) && bucket.scores[i] > best.get(k).score()) {
                best.set(k, found(id, bucket, i, km));
                best.sort(order);
                return;
            }
        }
    }

    private Found found(int id, Bucket bucket, int i, double km) {
        return new Found(sirets.get(id), names.get(id), nafCodes.get(id), communes.get(id), headcounts.get(id),
                bucket.scores[i], bucket.estimated.get(i), km);
    }

    /** One ROME code's entries, sorted by latitude. */
    private static final class Bucket {
        int[] ids;
        double[] latitudes;
        byte[] scores;
        BitSet estimated;
    }

    /**
     * Collects a ROME code's entries in reading order, then sorts them by latitude (ties by company number): the one
     * rule for a built index ({@link Loader}) and a streamed one written straight to its file (StreamedCompanies).
     */
    public static final class Entries {
        private int[] ids = new int[16];
        private byte[] scores = new byte[16];
        private final BitSet estimated = new BitSet();
        private int size;

        public void add(int id, int score, boolean isEstimated) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            ids[size] = id;
            scores[size] = (byte) score;
            estimated.set(size, isEstimated);
            size++;
        }

        /** The entries sorted by their company's latitude, as a bucket's columns. */
        public BucketColumns sorted(double[] companyLatitudes) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> companyLatitudes[ids[i]]).thenComparingInt(i -> ids[i]));
            int[] sortedIds = new int[size];
            double[] lat = new double[size];
            byte[] sortedScores = new byte[size];
            BitSet sortedEstimated = new BitSet(size);
            for (int k = 0; k < size; k++) {
                int i = order[k];
                sortedIds[k] = ids[i];
                lat[k] = companyLatitudes[ids[i]];
                sortedScores[k] = scores[i];
                sortedEstimated.set(k, estimated.get(i));
            }
            return new BucketColumns(sortedIds, lat, sortedScores, sortedEstimated.toLongArray());
        }
    }
}
