package fr.passerelle.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The command or option a mistyped word was meant to be: the closest known name by edit distance, a swap of two
 * neighbouring letters counting as one edit ({@code improt} → {@code import}), or the only name it is a prefix of
 * ({@code --jso} → {@code --json}). Nothing when no name is close: a wrong guess is worse than the list.
 */
final class Suggestions {
    private Suggestions() {
    }

    static List<String> closest(String typed, List<String> names) {
        String t = typed.toLowerCase(Locale.ROOT);
        List<String> prefixed = names.stream().filter(n -> t.length() >= 2 && n.toLowerCase(Locale.ROOT).startsWith(t)).toList();
        if (prefixed.size() == 1) {
            return prefixed;
        }
        // One edit in four letters at most (at least one): "improt" (6) may be 1 away, "sttaus" 2 away from "status".
        int allowed = Math.max(1, bare(t).length() / 3);
        int best = names.stream().mapToInt(n -> distance(t, n.toLowerCase(Locale.ROOT))).min().orElse(Integer.MAX_VALUE);
        if (best > allowed) {
            return List.of();
        }
        return names.stream().filter(n -> distance(t, n.toLowerCase(Locale.ROOT)) == best)
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static String bare(String name) {
        return name.replaceFirst("^-+", "");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
