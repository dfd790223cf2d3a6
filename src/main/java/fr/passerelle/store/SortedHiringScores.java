package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.COMPANY_HIRING_SCORE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Every hiring score of the cache, read once in the table's own row order and sorted in memory by SIRET, ROME code
 * and dataset: the order the index {@code company_hiring_score_siret} gave until V11 dropped it. Building that index
 * over three million scores was the largest step of a national company import (issue 11, benchmarks.md "Companies
 * import, fifth round"). Held here: about 26 bytes a score (a SIRET as a number, two small dictionary numbers, the
 * score, its source, its place in the order and its company's pair), 30 while sorting, for the index build only.
 */
final class SortedHiringScores {
    /** Rows per query: H2 materialises a whole result before its first row. */
    private static final int CHUNK = 100_000;

    private final long[] sirets;
    private final int[] romes;
    private final int[] datasets;
    private final byte[] scores;
    private final boolean[] estimated;
    private final String[] romeNames;
    private final String[] datasetNames;
    /** Row numbers in (SIRET, ROME code, dataset) order. */
    private final int[] order;
    /** The distinct (SIRET, dataset) pairs in that order: the companies the scores belong to. */
    private final long[] pairSirets;
    private final int[] pairDatasets;
    /** Per score in order, its pair. */
    private final int[] pairOfScore;

    private SortedHiringScores(int size, List<String> romeNames, List<String> datasetNames, long[] sirets, int[] romes,
                               int[] datasets, byte[] scores, boolean[] estimated) {
        this.sirets = sirets;
        this.scores = scores;
        this.estimated = estimated;
        // Dictionary numbers in text order, so that comparing numbers compares the codes as H2 compared them.
        this.romeNames = sortedNames(romeNames, romes, size);
        this.datasetNames = sortedNames(datasetNames, datasets, size);
        this.romes = romes;
        this.datasets = datasets;
        this.order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        sort(order, new int[size]);
        this.pairOfScore = new int[size];
        int pairs = 0;
        for (int i = 0; i < size; i++) {
            pairs += newPair(i) ? 1 : 0;
        }
        this.pairSirets = new long[pairs];
        this.pairDatasets = new int[pairs];
        int p = -1;
        int siretStart = 0; // the first pair of the current SIRET
        for (int i = 0; i < size; i++) {
            if (newPair(i)) {
                p++;
                if (i == 0 || siret(i) != siret(i - 1)) {
                    siretStart = p;
                }
                pairSirets[p] = siret(i);
                pairDatasets[p] = datasets[order[i]];
            }
            pairOfScore[i] = pairOf(siretStart, p + 1, datasets[order[i]]);
        }
        sortPairs();
    }

    /** True when the i-th score in order is the first one of its (SIRET, dataset) pair. */
    private boolean newPair(int i) {
        if (i == 0 || siret(i) != siret(i - 1)) {
            return true;
        }
        int dataset = datasets[order[i]];
        for (int j = i - 1; j >= 0 && siret(j) == siret(i); j--) {
            if (datasets[order[j]] == dataset) {
                return false;
            }
        }
        return true;
    }

    private int pairOf(int from, int to, int dataset) {
        for (int p = from; p < to; p++) {
            if (pairDatasets[p] == dataset) {
                return p;
            }
        }
        throw new IllegalStateException("no pair");
    }

    /**
     * Within one SIRET the pairs came in order of first score (by ROME code): sorts them by dataset, renumbering the
     * scores' pairs, so that {@link #pair} can search them.
     */
    private void sortPairs() {
        int[] renumber = new int[pairSirets.length];
        for (int start = 0; start < pairSirets.length; ) {
            int end = start + 1;
            while (end < pairSirets.length && pairSirets[end] == pairSirets[start]) {
                end++;
            }
            if (end - start == 1) {
                renumber[start] = start; // one dataset for this SIRET: nothing to sort (almost every company)
                start = end;
                continue;
            }
            Integer[] within = new Integer[end - start];
            for (int k = 0; k < within.length; k++) {
                within[k] = start + k;
            }
            java.util.Arrays.sort(within, java.util.Comparator.comparingInt(q -> pairDatasets[q]));
            int[] datasetsSorted = new int[within.length];
            for (int k = 0; k < within.length; k++) {
                renumber[within[k]] = start + k;
                datasetsSorted[k] = pairDatasets[within[k]];
            }
            System.arraycopy(datasetsSorted, 0, pairDatasets, start, within.length);
            start = end;
        }
        for (int i = 0; i < pairOfScore.length; i++) {
            pairOfScore[i] = renumber[pairOfScore[i]];
        }
    }

    /** Number of distinct (SIRET, dataset) pairs. */
    int pairs() {
        return pairSirets.length;
    }

    /** The pair of the i-th score in order. */
    int pairOf(int i) {
        return pairOfScore[i];
    }

    /** The pair of a company row (its SIRET as a number, its dataset key), or -1 when it has no score. */
    int pair(long siret, String datasetKey) {
        int dataset = java.util.Arrays.binarySearch(datasetNames, datasetKey);
        if (dataset < 0) {
            return -1;
        }
        int lo = 0;
        int hi = pairSirets.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long c = pairSirets[mid] == siret ? Integer.compare(pairDatasets[mid], dataset) : Long.compare(pairSirets[mid], siret);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Reads every score of the table. */
    static SortedHiringScores read(DSLContext dsl, DatasetIds ids) {
        int size = dsl.fetchCount(COMPANY_HIRING_SCORE);
        long[] sirets = new long[size];
        int[] romes = new int[size];
        int[] datasets = new int[size];
        byte[] scores = new byte[size];
        boolean[] estimated = new boolean[size];
        Map<String, Integer> romeCodes = new HashMap<>();
        Map<String, Integer> datasetKeys = new HashMap<>();
        Field<Long> rowId = DSL.field("_ROWID_", Long.class);
        long after = Long.MIN_VALUE;
        int n = 0;
        while (true) {
            List<? extends Record> rows = dsl.select(rowId, COMPANY_HIRING_SCORE.SIRET, COMPANY_HIRING_SCORE.ROME_CODE,
                            COMPANY_HIRING_SCORE.DATASET_ID, COMPANY_HIRING_SCORE.SCORE, COMPANY_HIRING_SCORE.SCORE_SOURCE)
                    .from(COMPANY_HIRING_SCORE).where(rowId.gt(after)).orderBy(rowId).limit(CHUNK).fetch();
            for (Record r : rows) {
                if (n == size) {
                    throw new StoreException("cache modifié pendant la lecture des scores d'embauche");
                }
                sirets[n] = siret(r.get(COMPANY_HIRING_SCORE.SIRET));
                romes[n] = romeCodes.computeIfAbsent(r.get(COMPANY_HIRING_SCORE.ROME_CODE), k -> romeCodes.size());
                datasets[n] = datasetKeys.computeIfAbsent(ids.key(r.get(COMPANY_HIRING_SCORE.DATASET_ID)), k -> datasetKeys.size());
                Integer score = r.get(COMPANY_HIRING_SCORE.SCORE);
                scores[n] = score == null ? -1 : score.byteValue(); // 0..100 (a CHECK of the table)
                estimated[n] = "ESTIMATED".equals(r.get(COMPANY_HIRING_SCORE.SCORE_SOURCE));
                n++;
            }
            if (rows.size() < CHUNK) {
                break;
            }
            after = rows.get(rows.size() - 1).get(rowId);
        }
        if (n != size) {
            throw new StoreException("cache modifié pendant la lecture des scores d'embauche");
        }
        return new SortedHiringScores(size, names(romeCodes), names(datasetKeys), sirets, romes, datasets, scores, estimated);
    }

    int size() {
        return order.length;
    }

    /** The SIRET of the i-th score in order, as a number (14 digits: numeric order is text order). */
    long siret(int i) {
        return sirets[order[i]];
    }

    String romeCode(int i) {
        return romeNames[romes[order[i]]];
    }

    String datasetKey(int i) {
        return datasetNames[datasets[order[i]]];
    }

    /** The score, null for a LISTED link without value. */
    Integer score(int i) {
        byte score = scores[order[i]];
        return score < 0 ? null : (int) score;
    }

    boolean estimated(int i) {
        return estimated[order[i]];
    }

    /** A SIRET as a number; every SIRET the importers write is 14 digits (Siret checks it). */
    static long siret(String value) {
        long n = siretOrMinus(value);
        if (n < 0) {
            throw new StoreException("SIRET illisible dans le cache : « " + value + " »");
        }
        return n;
    }

    /** A SIRET as a number, -1 when it is not 14 digits. */
    static long siretOrMinus(String value) {
        if (value == null || value.length() != 14) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < 14; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The 14 digits of a SIRET number, leading zeros kept. */
    static String siretText(long siret) {
        char[] digits = new char[14];
        for (int i = 13; i >= 0; i--) {
            digits[i] = (char) ('0' + siret % 10);
            siret /= 10;
        }
        return new String(digits);
    }

    private static List<String> names(Map<String, Integer> dictionary) {
        String[] names = new String[dictionary.size()];
        dictionary.forEach((name, number) -> names[number] = name);
        return List.of(names);
    }

    /** Renumbers {@code numbers} so that number order is the names' text order; returns the names by new number. */
    private static String[] sortedNames(List<String> names, int[] numbers, int size) {
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            sorted.put(names.get(i), i);
        }
        int[] renumber = new int[names.size()];
        List<String> byRank = new ArrayList<>(sorted.keySet());
        int rank = 0;
        for (Integer old : sorted.values()) {
            renumber[old] = rank++;
        }
        for (int i = 0; i < size; i++) {
            numbers[i] = renumber[numbers[i]];
        }
        return byRank.toArray(new String[0]);
    }

    private int compare(int a, int b) {
        int c = Long.compare(sirets[a], sirets[b]);
        if (c == 0) {
            c = Integer.compare(romes[a], romes[b]);
        }
        return c != 0 ? c : Integer.compare(datasets[a], datasets[b]);
    }

    /** Bottom-up merge sort of row numbers (no boxing: three million of them). */
    private void sort(int[] rows, int[] buffer) {
        int[] from = rows;
        int[] to = buffer;
        for (int width = 1; width < rows.length; width *= 2) {
            for (int lo = 0; lo < rows.length; lo += 2 * width) {
                int mid = Math.min(lo + width, rows.length);
                int hi = Math.min(lo + 2 * width, rows.length);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    to[k] = i < mid && (j >= hi || compare(from[i], from[j]) <= 0) ? from[i++] : from[j++];
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != rows) {
            System.arraycopy(from, 0, rows, 0, rows.length);
        }
    }
}
