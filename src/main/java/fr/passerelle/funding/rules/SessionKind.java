package fr.passerelle.funding.rules;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** A sort of session recognised by words of its title (a POEC, an apprenticeship). */
public record SessionKind(String id, String label, List<String> titleWords) {
    public SessionKind {
        titleWords = titleWords.stream().map(SessionKind::fold).toList();
    }

    /** True when one of the words appears in the title as whole words, ignoring case and accents. */
    public boolean matches(String title) {
        if (title == null) {
            return false;
        }
        String folded = " " + fold(title).replaceAll("[^a-z0-9']+", " ") + " ";
        return titleWords.stream().anyMatch(w -> folded.contains(" " + w.replaceAll("[^a-z0-9']+", " ").strip() + " "));
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
    }
}
