package fr.passerelle.engine;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads levels of the national framework out of French texts: the ROME's text on access to an occupation ("accessible
 * avec un diplôme de niveau CAP/BEP à Bac+2", "accessible sans diplôme") and the labels of certifications ("Bac pro
 * métiers du commerce", "BTS management commercial"). Framework levels: 3 = CAP/BEP, 4 = bac, 5 = bac+2, 6 = bac+3/4,
 * 7 = bac+5, 8 = doctorate.
 */
final class LevelWords {
    // Order matters only for readability: every pattern is tried and the lowest level found wins.
    private static final Pattern DOCTORATE = Pattern.compile("\\b(bac\\+8|doctorat)");
    private static final Pattern MASTER = Pattern.compile("\\b(bac\\+5|master|diplome d'ingenieur|ecole d'ingenieurs?|ecole de commerce)");
    private static final Pattern LICENCE = Pattern.compile("\\b(bac\\+3|bac\\+4|licence(?! (iv|iii|restaurant|de debit))|bachelor)");
    private static final Pattern BAC2 = Pattern.compile("\\b(bac\\+2|bts|dut|deust|dts|bac\\+1)\\b");
    private static final Pattern BAC = Pattern.compile("\\b(bac(?!\\+)|baccalaureat|brevet professionnel|bp|brevet de technicien|niveau 4)\\b");
    private static final Pattern CAP = Pattern.compile("\\b(cap|bep|capa|cap/bep|niveau 3|niveau v)\\b");
    private static final Pattern OPEN = Pattern.compile("(sans (aucun )?(diplome|qualification|experience|formation|certification)"
            + "|aucun diplome (specifique |particulier )?n'est (requis|exige|obligatoire)"
            + "|a tous les niveaux de qualification|n'est pas conditionne par la detention d'un diplome"
            + "|avec ou sans (diplome|qualification))");

    /** Another way in named beside a competition: a contract, a direct entry, "ou avec un master". */
    private static final Pattern OTHER_WAY = Pattern.compile("contractuel|acces direct|\\bou (avec|sans|par voie)\\b");

    /** Certification labels recur on every path: their level is read once (a few thousand labels in all). */
    private static final Map<String, Integer> LABEL_LEVELS = new ConcurrentHashMap<>();
    /** Access texts of regulated fiches, read once each. */
    private static final Map<String, Optional<String>> LONG_TITLES = new ConcurrentHashMap<>();

    private LevelWords() {
    }

    /** {@link #lowestLevel(String)} of a certification label, remembered. */
    static int labelLevel(String label) {
        return LABEL_LEVELS.computeIfAbsent(label, LevelWords::lowestLevel);
    }

    /** The lowest framework level the text names, or 0 when it names none. */
    static int lowestLevel(String text) {
        String t = fold(text);
        int lowest = 0;
        lowest = lower(lowest, CAP, t, 3);
        lowest = lower(lowest, BAC, t, 4);
        lowest = lower(lowest, BAC2, t, 5);
        lowest = lower(lowest, LICENCE, t, 6);
        lowest = lower(lowest, MASTER, t, 7);
        lowest = lower(lowest, DOCTORATE, t, 8);
        return lowest;
    }

    /** True when the text says the job is open without a diploma or qualification. */
    static boolean openAccess(String text) {
        return OPEN.matcher(fold(text)).find();
    }

    /**
     * What the first sentence of an access text requires when it is the mark of a long path, as a message key:
     * {@code title.state-diploma} ("un diplôme d'État"), {@code title.competition} ("un concours de la fonction
     * publique"), or null. Only the first sentence counts: later ones add what "peut
     * compléter" the requirement (K1312: an approval, "complété par exemple par le DEAES").
     */
    static String longTitle(String text) {
        return LONG_TITLES.computeIfAbsent(text, LevelWords::readLongTitle).orElse(null);
    }

    private static Optional<String> readLongTitle(String text) {
        String first = fold(text).split("\\.\\s")[0];
        if (first.contains("diplome d'etat") || first.contains("docteur en medecine")) {
            return Optional.of("title.state-diploma");
        }
        return first.contains("concours") ? Optional.of("title.competition") : Optional.empty();
    }

    private static int lower(int lowest, Pattern pattern, String text, int level) {
        Matcher m = pattern.matcher(text);
        return m.find() && (lowest == 0 || level < lowest) ? level : lowest;
    }

    /**
     * True when the first sentence of an access text makes a competition the way in with no other way beside it:
     * "accessible sur concours avec un Bac" (K1706), "via un concours de catégorie B" (K1510); not "sur concours ou
     * par voie contractuelle" (K1406), "en accès direct ou par concours" (I1207) nor "sur concours … ou avec un master"
     * (K1404). Later sentences do not count ("un concours interne permet ensuite d'évoluer").
     */
    static boolean competitionOnly(String text) {
        // Asked for every target of every path: the answer is kept per text (one per ROME fiche at most), as folding a
        // text costs a normalisation and four regular expressions.
        return COMPETITION_ONLY.computeIfAbsent(text == null ? "" : text, t -> {
            String first = fold(t).split("\\.\\s")[0];
            return first.contains("concours") && !OTHER_WAY.matcher(first).find();
        });
    }

    private static final java.util.Map<String, Boolean> COMPETITION_ONLY = new java.util.concurrent.ConcurrentHashMap<>();

    /** Lower case, no accents, typographic apostrophes straightened, "bac + 2" written "bac+2". */
    static String fold(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replace("''", "'");
        return folded.replaceAll("bac\\s*\\+\\s*", "bac+").replaceAll("\\s+", " ");
    }
}
