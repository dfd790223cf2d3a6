package fr.passerelle.search;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * For a word being typed, the commonest first word of a title it begins ("electr" → electricien, which starts 50
 * titles, rather than electromecanicien, which starts 10, or électrique, frequent but never first). Search gives the
 * titles with that word a small bonus, as type-ahead lists usually do. Kept only when the completion starts more
 * titles than the typed text itself does as a whole word.
 */
final class Completions {
    private static final int MIN_PREFIX = 2;

    private final Map<String, String> best;

    private Completions(Map<String, String> best) {
        this.best = best;
    }

    /** @param firstWords how many titles start with each (analysed) word */
    static Completions of(Map<String, Integer> firstWords) {
        SortedMap<String, Integer> sorted = new TreeMap<>(firstWords);
        Map<String, String> best = new HashMap<>();
        Map<String, Integer> bestCount = new HashMap<>();
        sorted.forEach((word, count) -> {
            for (int end = MIN_PREFIX; end < word.length(); end++) {
                String prefix = word.substring(0, end);
                // Words come in sorted order: on equal counts the first (shorter, alphabetical) one stays.
                if (count > bestCount.getOrDefault(prefix, 0)) {
                    bestCount.put(prefix, count);
                    best.put(prefix, word);
                }
            }
        });
        best.keySet().removeIf(prefix -> sorted.getOrDefault(prefix, 0) >= bestCount.get(prefix));
        return new Completions(Map.copyOf(best));
    }

    /** The commonest longer first word starting with {@code prefix}, or null. */
    String of(String prefix) {
        return best.get(prefix);
    }
}
