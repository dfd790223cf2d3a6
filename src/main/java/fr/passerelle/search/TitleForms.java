package fr.passerelle.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The ways a person may write one title, as analysed words: the whole label, and each gendered form of
 * "Hôte / Hôtesse de caisse" spelled out ("hote caisse", "hotesse caisse"). Tells whether a query is one of these
 * forms exactly, or their beginning word by word ("ingé bât" starts "Ingénieur bâtiment").
 */
final class TitleForms {
    private final String[][] forms;

    private TitleForms(String[][] forms) {
        this.forms = forms;
    }

    /** The forms as stored by a persisted index. */
    static TitleForms of(String[][] forms) {
        return new TitleForms(forms);
    }

    /** The forms, for a persisted index (shared: do not change them). */
    String[][] forms() {
        return forms;
    }

    /** @param words how a piece of text is cut into analysed words (the same analysis as queries) */
    static TitleForms of(String label, Function<String, List<String>> words) {
        List<String[]> forms = new ArrayList<>(3);
        for (String written : spelledOut(label)) {
            String[] form = words.apply(written).toArray(String[]::new);
            if (form.length > 0 && forms.stream().noneMatch(f -> Arrays.equals(f, form))) {
                forms.add(form);
            }
        }
        return new TitleForms(forms.toArray(String[][]::new));
    }

    /**
     * The label, then its masculine and feminine forms. ROME writes "M1 M2 / F1 F2 tail": the feminine has as many
     * words as the masculine, and the tail belongs to both. A few labels share a head instead
     * ("Garde Forestier / Forestière").
     */
    static List<String> spelledOut(String label) {
        int slash = label.indexOf(" / ");
        if (slash < 0) {
            return List.of(label);
        }
        String[] masculine = label.substring(0, slash).trim().split("\\s+");
        String[] rest = label.substring(slash + 3).trim().split("\\s+");
        String[] feminine;
        String[] tail;
        if (rest.length >= masculine.length) {
            feminine = Arrays.copyOfRange(rest, 0, masculine.length);
            tail = Arrays.copyOfRange(rest, masculine.length, rest.length);
        } else {
            feminine = concat(Arrays.copyOfRange(masculine, 0, masculine.length - rest.length), rest);
            tail = new String[0];
        }
        return List.of(label, String.join(" ", concat(masculine, tail)), String.join(" ", concat(feminine, tail)));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Every form as one string of analysed words, for exact and prefix lookups in the index. */
    List<String> joined() {
        List<String> joined = new ArrayList<>(forms.length);
        for (String[] form : forms) {
            joined.add(String.join(" ", form));
        }
        return joined;
    }

    /** The distinct first words of the forms ("hote", "hotesse"). */
    Set<String> firstWords() {
        Set<String> first = new LinkedHashSet<>();
        for (String[] form : forms) {
            first.add(form[0]);
        }
        return first;
    }

    /** Every beginning of at least {@code min} letters of the forms' first words ("ho", "hot", "hote", "hotes"...). */
    Set<String> firstWordStarts(int min) {
        Set<String> starts = new LinkedHashSet<>();
        for (String first : firstWords()) {
            for (int end = Math.min(min, first.length()); end <= first.length(); end++) {
                starts.add(first.substring(0, end));
            }
        }
        return starts;
    }

    /** The whole label's analysed words joined: two titles with the same key read the same. */
    String key() {
        return forms.length == 0 ? "" : String.join(" ", forms[0]);
    }

    /** How the query's analysed words match this title: a form exactly, the beginning of a form, or only words. */
    JobMatch.MatchKind kind(List<String> query) {
        JobMatch.MatchKind best = JobMatch.MatchKind.WORDS;
        for (String[] form : forms) {
            if (form.length < query.size()) {
                continue;
            }
            boolean exact = form.length == query.size();
            boolean prefix = true;
            for (int i = 0; i < query.size() && prefix; i++) {
                exact &= form[i].equals(query.get(i));
                prefix = form[i].startsWith(query.get(i));
            }
            if (prefix && exact) {
                return JobMatch.MatchKind.EXACT;
            }
            if (prefix) {
                best = JobMatch.MatchKind.PREFIX;
            }
        }
        return best;
    }
}
