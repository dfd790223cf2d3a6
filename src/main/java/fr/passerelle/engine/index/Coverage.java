package fr.passerelle.engine.index;

import java.util.HashMap;
import java.util.Map;

/**
 * How much of each département the imported trainings and companies cover, so that "0 found within 30 km" can say
 * whether the data holds nothing there at all (the file does not cover the area) or nothing for this occupation.
 */
public final class Coverage {
    private final Map<String, Integer> trainings = new HashMap<>();
    private final Map<String, Integer> companies = new HashMap<>();

    public Coverage() {
    }

    /** The coverage as counted before (a persisted index): sessions and companies per département. */
    public static Coverage of(Map<String, Integer> trainings, Map<String, Integer> companies) {
        Coverage coverage = new Coverage();
        coverage.trainings.putAll(trainings);
        coverage.companies.putAll(companies);
        return coverage;
    }

    /** Sessions with a place per département, for a persisted index. */
    public Map<String, Integer> trainingCounts() {
        return java.util.Collections.unmodifiableMap(trainings);
    }

    /** Companies per département, for a persisted index. */
    public Map<String, Integer> companyCounts() {
        return java.util.Collections.unmodifiableMap(companies);
    }

    /** Counts one training session held in a commune (null when it has no place). */
    void training(String communeInsee, TerritoryIndex territory) {
        count(trainings, communeInsee, territory, 1);
    }

    /** Counts the companies of a commune. */
    void companies(String communeInsee, int count, TerritoryIndex territory) {
        count(companies, communeInsee, territory, count);
    }

    private static void count(Map<String, Integer> map, String communeInsee, TerritoryIndex territory, int n) {
        if (communeInsee == null) {
            return;
        }
        map.merge(departementOf(communeInsee, territory), n, Integer::sum);
    }

    /** The département a commune is counted in: the territory's, else read from the code (a persisted build counts too). */
    public static String departementOf(String communeInsee, TerritoryIndex territory) {
        return territory.place(communeInsee).map(TerritoryIndex.Place::departement)
                .orElse(communeInsee.startsWith("97") ? communeInsee.substring(0, Math.min(3, communeInsee.length()))
                        : communeInsee.substring(0, Math.min(2, communeInsee.length())));
    }

    /** Training sessions with a place in the département. */
    public int trainingsIn(String departement) {
        return trainings.getOrDefault(departement, 0);
    }

    /** Companies in the département. */
    public int companiesIn(String departement) {
        return companies.getOrDefault(departement, 0);
    }
}
