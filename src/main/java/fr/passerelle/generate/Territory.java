package fr.passerelle.generate;

import fr.passerelle.generate.ReferenceInputs.CommuneRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Where things are: every commune gets a weight that stands in for its population and economic size, which the
 * shared data does not carry.
 *
 * <p>weight(c) = offers(département of c) × p(c) / Σ p over the communes of that département, where offers are the
 * job offers of the département on the extraction date (a proxy of its economic size; when the offer file is absent,
 * Σ p itself), and p(c) = (Σ over c's postal codes of 1 / number of communes sharing that code)^3 + 0.01. A town has
 * postal codes of its own (Lille has 5), a village shares one with up to thirty neighbours: this "postal-code density"
 * is a proxy of population. The cube and the floor were calibrated on the Hauts-de-France offers per commune: the 50
 * communes with most offers get 45 % of the weight (58 % of the offers), the 200 first 60 % (81 %), and villages keep a
 * little weight.
 */
final class Territory {
    private final List<CommuneRef> communes;
    private final double[] weight;
    private final Map<String, Zone> departements = new TreeMap<>();
    private final Map<String, Zone> regions = new TreeMap<>();
    private final Map<String, Integer> byInsee = new HashMap<>();

    /** The communes of one département or région, with a sampler over their weights. */
    record Zone(String code, int[] communes, double weight, AliasSampler sampler) {
    }

    Territory(List<CommuneRef> communes, Map<String, Long> offersByDepartement) {
        this.communes = communes;
        int n = communes.size();
        double[] proxy = postalDensity(communes);
        Map<String, List<Integer>> byDep = new TreeMap<>();
        Map<String, List<Integer>> byReg = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byDep.computeIfAbsent(communes.get(i).departement(), k -> new ArrayList<>()).add(i);
            byReg.computeIfAbsent(communes.get(i).region(), k -> new ArrayList<>()).add(i);
            byInsee.put(communes.get(i).insee(), i);
        }
        double minOffers = offersByDepartement.values().stream().filter(v -> v > 0).mapToLong(Long::longValue).min().orElse(0);
        weight = new double[n];
        for (Map.Entry<String, List<Integer>> dep : byDep.entrySet()) {
            double sum = 0;
            for (int i : dep.getValue()) {
                sum += proxy[i];
            }
            double size;
            if (offersByDepartement.isEmpty()) {
                size = sum;
            } else {
                long offers = offersByDepartement.getOrDefault(dep.getKey(), 0L);
                size = offers > 0 ? offers : minOffers / 4.0;   // a département absent from the offer file still exists
            }
            for (int i : dep.getValue()) {
                weight[i] = size * proxy[i] / sum;
            }
        }
        byDep.forEach((code, idx) -> departements.put(code, zone(code, idx)));
        byReg.forEach((code, idx) -> regions.put(code, zone(code, idx)));
    }

    private Zone zone(String code, List<Integer> indexes) {
        int[] idx = indexes.stream().mapToInt(Integer::intValue).toArray();
        double[] w = new double[idx.length];
        double total = 0;
        for (int i = 0; i < idx.length; i++) {
            w[i] = weight[idx[i]];
            total += w[i];
        }
        return new Zone(code, idx, total, new AliasSampler(w));
    }

    /** p(c) of the class comment. */
    static double[] postalDensity(List<CommuneRef> communes) {
        Map<String, Integer> sharing = new HashMap<>();
        for (CommuneRef c : communes) {
            for (String code : c.postalCodes()) {
                sharing.merge(code, 1, Integer::sum);
            }
        }
        double[] p = new double[communes.size()];
        for (int i = 0; i < p.length; i++) {
            double own = 0;
            for (String code : communes.get(i).postalCodes()) {
                own += 1.0 / sharing.get(code);
            }
            p[i] = own * own * own + 0.01;
        }
        return p;
    }

    CommuneRef commune(int index) {
        return communes.get(index);
    }

    double weight(int index) {
        return weight[index];
    }

    /** Index of a commune by INSEE code, or -1. */
    int indexOf(String insee) {
        Integer i = byInsee.get(insee);
        return i == null ? -1 : i;
    }

    /** Départements in code order (01, 02, ..., 2A, 2B, ..., 974). */
    List<Zone> departements() {
        return List.copyOf(departements.values());
    }

    /** Régions in code order. */
    List<Zone> regions() {
        return List.copyOf(regions.values());
    }

    /** A commune of {@code zone}, drawn by weight. */
    CommuneRef draw(Zone zone, SplittableRandom random) {
        return communes.get(drawIndex(zone, random));
    }

    /** The index of a commune of {@code zone}, drawn by weight. */
    int drawIndex(Zone zone, SplittableRandom random) {
        return zone.communes()[zone.sampler().next(random)];
    }

    /** How many of {@code total} items fall in each zone, drawn one by one by zone weight (a multinomial draw). */
    static long[] split(List<Zone> zones, long total, SplittableRandom random) {
        double[] w = zones.stream().mapToDouble(Zone::weight).toArray();
        AliasSampler sampler = new AliasSampler(w);
        long[] counts = new long[zones.size()];
        for (long i = 0; i < total; i++) {
            counts[sampler.next(random)]++;
        }
        return counts;
    }
}
