package fr.passerelle.generate;

import fr.passerelle.generate.ReferenceInputs.FormacodePair;
import fr.passerelle.generate.ReferenceInputs.FormacodeTerm;
import fr.passerelle.generate.ReferenceInputs.Rome4;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * ROME → Formacode. No current official table exists in the shared data (see formacode/SOURCE.md), so:
 * <ol>
 *   <li>the real Centre Inffo excerpt when it lists the fiche's ROME 3 parent (9 fiches);</li>
 *   <li>otherwise a lexical match of the words of the ROME 4 label and of its ROME 3 parent label against the
 *   "phrases" of each Formacode "domaine" descriptor: its own label and the ROME v2 job labels the 2003 thesaurus
 *   attaches to it. A phrase scores the rarity (idf) of the words it shares with the query times the share of its
 *   words that match, so "caisse" beats "hôtesse air steward" for a cashier and the v2 job "Serveur en restauration"
 *   leads a waiter to 42757 "service salle", not to "architecture client serveur". Accents, case and word endings
 *   are ignored. Secondary codes are kept only when they score at least 70 % of the best;</li>
 *   <li>when no word matches, the same with the label of the fiche's professional domain.</li>
 * </ol>
 * Good enough for believable synthetic trainings, not a reference: it is never written anywhere but in generated data.
 */
final class FormacodeMatcher {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final Set<String> STOP = Set.of("les", "des", "une", "pour", "aux", "avec", "sans", "sur", "dans", "par",
            "autre", "autres", "hors", "non", "personnel", "agent", "agente", "conducteur", "conductrice", "responsable",
            "employe", "employee", "technicien", "technicienne", "operateur", "operatrice", "conduite", "assistant",
            "assistante", "activite", "activites", "service", "services", "travaux", "charge", "chargee", "chef", "cheffe",
            "professionnel", "professionnelle", "metier", "metiers",
            // six-letter stems of the same words, so that "assistance" does not match through "assistant"
            "assist", "employ", "techni", "operat", "respon", "conduc", "servic", "activi", "person", "profes");

    /** A Formacode code as written in LHEO: the code, its label, the edition its source uses (the @ref attribute). */
    record Formacode(String code, String label, String edition, String nsf) {
    }

    private final Map<String, List<Formacode>> excerpt = new TreeMap<>();
    private final Map<String, String> parentLabels;
    private final Map<String, String> domains;
    private final List<FormacodeTerm> terms = new ArrayList<>();
    private final List<List<List<String>>> termPhrases = new ArrayList<>();
    private final Map<String, List<Integer>> index = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();

    FormacodeMatcher(List<FormacodeTerm> thesaurus, List<FormacodePair> pairs, Map<String, String> parentLabels,
                     Map<String, String> domains) {
        this.parentLabels = parentLabels;
        this.domains = domains;
        Map<String, FormacodeTerm> byCode = new HashMap<>();
        for (FormacodeTerm t : thesaurus) {
            byCode.put(t.code(), t);
            if (!t.type().contains("DOM") || t.type().contains("PAY") || t.code().length() != 5) {
                continue;
            }
            List<List<String>> phrases = new ArrayList<>();
            phrases.add(words(t.label()));
            for (String job : t.romeV2Labels().split("\\|")) {
                phrases.add(words(job.strip().replaceFirst("^\\d+\\s*", "")));
            }
            phrases.removeIf(List::isEmpty);
            int id = terms.size();
            terms.add(t);
            termPhrases.add(phrases);
            Set<String> distinct = new TreeSet<>();
            phrases.forEach(distinct::addAll);
            for (String w : distinct) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
            }
        }
        double n = terms.size();
        index.forEach((w, ids) -> idf.put(w, StrictMath.log(n / ids.size())));
        for (FormacodePair p : pairs) {
            FormacodeTerm t = byCode.get(p.code());
            String nsf = t == null ? "" : t.nsf();
            excerpt.computeIfAbsent(p.rome(), k -> new ArrayList<>()).add(new Formacode(p.code(), p.label(), "V11", nsfCode(nsf)));
        }
    }

    /** Up to {@code max} Formacode codes for a ROME 4 fiche, best first; empty when nothing matches. */
    List<Formacode> match(Rome4 rome, int max) {
        List<Formacode> real = excerpt.get(rome.parent());
        if (real != null) {
            return real.subList(0, Math.min(max, real.size()));
        }
        Set<String> query = new LinkedHashSet<>(words(rome.label()));
        query.addAll(words(parentLabels.getOrDefault(rome.parent(), "")));
        List<Formacode> found = best(query, max);
        if (found.isEmpty()) {
            found = best(new LinkedHashSet<>(words(domains.getOrDefault(rome.code(), ""))), max);
        }
        return found;
    }

    private List<Formacode> best(Set<String> query, int max) {
        Set<Integer> candidates = new TreeSet<>();
        for (String w : query) {
            candidates.addAll(index.getOrDefault(w, List.of()));
        }
        Map<Integer, Double> scores = new TreeMap<>();
        for (int id : candidates) {
            double best = 0;
            for (List<String> phrase : termPhrases.get(id)) {
                double sum = 0;
                int matched = 0;
                for (String w : phrase) {
                    if (query.contains(w)) {
                        sum += idf.get(w);
                        matched++;
                    }
                }
                best = Math.max(best, sum * matched / phrase.size());
            }
            if (best > 0) {
                scores.put(id, best);
            }
        }
        double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= 0.7 * top)   // secondary codes only when nearly as good as the first
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> terms.get(e.getKey()).code()))
                .limit(max)
                .map(e -> terms.get(e.getKey()))
                .map(t -> new Formacode(t.code(), t.label(), "V8", nsfCode(t.nsf())))
                .toList();
    }

    /** "312 Commerce, vente" → "312"; anything else → "". */
    private static String nsfCode(String nsf) {
        return nsf.length() >= 3 && nsf.substring(0, 3).chars().allMatch(Character::isDigit)
                && (nsf.length() == 3 || nsf.charAt(3) == ' ') ? nsf.substring(0, 3) : "";
    }

    /** Distinct lower-case words without accents, of three letters or more, not stop words, cut to six letters. */
    static List<String> words(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        Set<String> words = new LinkedHashSet<>();
        for (String w : NON_LETTERS.split(plain)) {
            String stem = w.length() > 6 ? w.substring(0, 6) : w;
            if (w.length() > 2 && !STOP.contains(w) && !STOP.contains(stem)) {
                words.add(stem);
            }
        }
        return List.copyOf(words);
    }
}
