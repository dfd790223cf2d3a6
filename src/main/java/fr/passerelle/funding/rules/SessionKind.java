package fr.passerelle.funding.rules;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A sort of session recognised by words of its title (a POEC, an apprenticeship). Words are kept folded (no accents,
 * lower case, single spaces) so that matching a title costs one fold of the title.
 */
public record SessionKind(String id, String label, List<String> titleWords) {
    public SessionKind {
        titleWords = titleWords.stream().map(w -> words(fold(w)).strip()).toList();
    }

    /** True when one of the words appears in the title as whole words, ignoring case and accents. */
    public boolean matches(String title) {
        return title != null && matchesFolded(foldTitle(title));
    }

    /** The same on a title already folded by {@link #foldTitle} (one fold for every kind). */
    public boolean matchesFolded(String foldedTitle) {
        for (String w : titleWords) {
            if (foldedTitle.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    /** " word word " : folded, punctuation as spaces, padded so that whole words can be searched. */
    public static String foldTitle(String title) {
        return " " + words(fold(title)) + " ";
    }

    private static String words(String folded) {
        return folded.replaceAll("[^a-z0-9']+", " ");
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
    }
}
