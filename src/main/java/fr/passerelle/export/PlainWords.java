package fr.passerelle.export;

import fr.passerelle.engine.result.Access;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.words.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's reasons retold for the person herself: no scores, no codes, no rule names; one sentence each, strongest
 * first. Figures come from the structured result (demand, skills, counts); the engine's own sentence is used as it is
 * only for a reason this class does not know, so that nothing the engine says is lost.
 */
final class PlainWords {
    private static final Pattern RANK = Pattern.compile("rang (\\d+)");
    private static final Pattern SKILLS = Pattern.compile("(\\d+) compétences et savoirs en commun sur (\\d+)");
    static final int MAX_REASONS = 6;

    private PlainWords() {
    }

    /** @param trainingChosen a training is on the plan even though the move needs none */
    static List<String> why(TargetOccupation t, String currentLabel, int radiusKm, boolean trainingChosen) {
        return why(t, currentLabel, radiusKm, trainingChosen, PlanLanguage.FRENCH);
    }

    /**
     * The reasons in the plan's language. Which reasons there are is read from their keys and typed parameters (the
     * French sentence only for a reason without key, from an older saved path); what is said comes from the structured
     * result and the plan's bundle, and a reason this class does not retell is said by its {@code Message} and the
     * {@link fr.passerelle.engine.words.MessageRenderer} in the plan's language.
     */
    static List<String> why(TargetOccupation t, String currentLabel, int radiusKm, boolean trainingChosen, PlanLanguage in) {
        List<String> out = new ArrayList<>();
        proximity(t, currentLabel, in).ifPresent(out::add);
        Demand d = t.demand();
        if (d != null) {
            String where = where(d, in);
            if (d.betterMarket() && d.offersPerJobSeeker() != null && d.currentOffersPerJobSeeker() != null
                    && d.currentOffersPerJobSeeker() > 0) {
                double ratio = d.offersPerJobSeeker() / d.currentOffersPerJobSeeker();
                out.add(in.t("why.ratio", ratio >= 1.95 ? in.t("why.ratio.times", Math.round(ratio))
                        : in.t("why.ratio.percent", Math.round(100 * (ratio - 1))), where, year(d.year())));
            }
            if (d.tension() != null && d.tension() >= 4) {
                out.add(in.t("why.tension", d.tension(), where, year(d.year())));
            }
        }
        skills(t, in).ifPresent(out::add);
        if (t.noTrainingNeeded()) {
            out.add(in.t(trainingChosen ? "why.noTraining.chosen" : "why.noTraining"));
        }
        if (t.companiesFound() > 0) {
            out.add(in.count("why.companies", t.companiesFound(), in.t("plan.radius", radiusKm)));
        }
        if (d != null && d.offersInDepartement() != null && d.offersInDepartement() > 0) {
            out.add(in.t("why.offers", in.integer(d.offersInDepartement()),
                    d.departement() == null ? "" : " (" + d.departement() + ")",
                    d.offersDate() == null ? "" : in.t("why.offers.on", in.date(d.offersDate()))));
        }
        for (Reason r : t.reasons()) {
            if (r.kind().equals("niveau")) {
                out.add(in.t("why.level"));
            } else if (!known(r.kind())) {
                String text = r.text(in.reasons());
                out.add(endsASentence(text) ? text : text + ".");
            }
        }
        return out.size() > MAX_REASONS ? List.copyOf(out.subList(0, MAX_REASONS)) : List.copyOf(out);
    }

    /**
     * True when the text ends with a stop, also inside a closing quote: the ROME's access text is quoted whole,
     * "… selon l'offre d'emploi). »", and a second stop after the guillemet would read "». ".
     */
    static boolean endsASentence(String text) {
        String t = text.replaceAll("[\\s\u00A0\u202F]+$", "");
        if (t.endsWith("»") || t.endsWith("\"") || t.endsWith("”")) {
            t = t.substring(0, t.length() - 1).replaceAll("[\\s\u00A0\u202F]+$", "");
        }
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("…");
    }

    private static boolean known(String kind) {
        return switch (kind) {
            case "proximité", "demande", "compétences", "formation", "entreprises", "niveau" -> true;
            default -> false;
        };
    }

    private static java.util.Optional<String> proximity(TargetOccupation t, String currentLabel, PlanLanguage in) {
        Integer rank = null;
        boolean official = false;
        boolean local = false;
        for (Reason r : t.reasons()) {
            if (!r.kind().equals("proximité")) {
                continue;
            }
            if (official(r)) {
                official = true;
                Integer n = rank(r);
                if (n != null) {
                    rank = rank == null ? n : Math.min(rank, n);
                }
            } else if (r.message() != null ? r.key().startsWith("proximity.connexe")
                    : r.text().toLowerCase(Locale.ROOT).contains("connexe")) {
                local = true;
            }
        }
        String from = currentLabel == null ? in.t("why.from.yours") : in.t("why.from.named", currentLabel);
        if (official) {
            return java.util.Optional.of(in.t("why.proximity.official",
                    in.t(rank != null && rank <= 3 ? "why.proximity.closest" : "why.proximity.possible"), from));
        }
        if (local) {
            return java.util.Optional.of(in.t("why.proximity.local", from));
        }
        return java.util.Optional.empty();
    }

    /**
     * An official ROME mobility (ROME 4 link, or a ROME 3 one, direct or extended to a derived sheet), by the reason's
     * key; a reason known only by its French sentence (an older saved path) by the sentence.
     */
    private static boolean official(Reason r) {
        return r.message() != null ? r.key().startsWith("proximity.rome") : r.text().contains("ROME");
    }

    /** The ROME 4 link's rank: the key's second parameter, or the French sentence's "rang N". */
    private static Integer rank(Reason r) {
        if (r.message() != null) {
            return "proximity.rome4".equals(r.key()) && r.params().size() > 1 && r.params().get(1) instanceof Param.Number n
                    ? Integer.valueOf((int) n.value()) : null;
        }
        Matcher m = RANK.matcher(r.text());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static java.util.Optional<String> skills(TargetOccupation t, PlanLanguage in) {
        if (t.sharedSkills().isEmpty()) {
            return java.util.Optional.empty();
        }
        for (Reason r : t.reasons()) {
            if (!r.kind().equals("compétences")) {
                continue;
            }
            if (r.message() != null && "proximity.skills".equals(r.key()) && r.params().size() > 1
                    && r.params().get(0) instanceof Param.Number shared && r.params().get(1) instanceof Param.Number of) {
                // "N des M compétences" reads only in the plural: one shared item is said without a count, as before.
                if (shared.value() > 1) {
                    return java.util.Optional.of(in.t("why.skills.counted", in.integer(shared.value()), in.integer(of.value())));
                }
                continue;
            }
            Matcher m = SKILLS.matcher(r.text());
            if (r.message() == null && m.find()) {
                return java.util.Optional.of(in.t("why.skills.counted", m.group(1), m.group(2)));
            }
        }
        return java.util.Optional.of(in.t("why.skills.some"));
    }

    /** " dans le bassin d'emploi de Lille", " en France"... from the demand's level and territory. */
    static String where(Demand d) {
        return where(d, PlanLanguage.FRENCH);
    }

    static String where(Demand d, PlanLanguage in) {
        if (d.level() == null) {
            return "";
        }
        String territory = d.territory() == null ? "" : pretty(d.territory());
        return switch (d.level()) {
            case "bassin d'emploi" -> territory.isEmpty() ? in.t("where.bassin") : in.t("where.bassin.named", territory);
            case "département" -> territory.isEmpty() ? in.t("where.departement") : in.t("where.departement.named", territory);
            case "région" -> territory.isEmpty() ? in.t("where.region") : in.t("where.region.named", territory);
            case "France" -> in.t("where.france");
            default -> " (" + d.level() + (territory.isEmpty() ? "" : " " + territory) + ")";
        };
    }

    private static String year(Integer year) {
        return year == null ? "" : ", " + year;
    }

    /** The area name in the usual case ("LILLE" → "Lille"): one rule for the engine's reasons and the plan. */
    static String pretty(String name) {
        return fr.passerelle.engine.PlaceNames.readable(name);
    }

    /** The horizon said to her: when she could start, and what stands in between. Null when the path has none. */
    static String when(Horizon h) {
        return when(h, PlanLanguage.FRENCH);
    }

    static String when(Horizon h, PlanLanguage in) {
        return h == null ? null : in.t("when." + h.name());
    }

    /**
     * For a regulated occupation, what the law requires and how long it usually takes ("Diplôme d'État d'ambulancier
     * (en général 801 h)"); the ROME's own first sentence when our table has no row; null when it is not regulated.
     * The requirement and the ROME's sentence are data, in French in every language.
     */
    static String required(Access a) {
        return required(a, PlanLanguage.FRENCH);
    }

    static String required(Access a, PlanLanguage in) {
        if (a == null || !a.regulated()) {
            return null;
        }
        if (a.requirement() != null) {
            return a.usualLength() == null ? a.requirement() : in.t("required.length", a.requirement(), a.usualLength());
        }
        if (!a.romeText().isEmpty()) {
            String first = a.romeText().get(0).strip().split("\\.\\s")[0];
            return in.t("required.rome", first.endsWith(".") ? first.substring(0, first.length() - 1) : first);
        }
        return in.t("required.unknown");
    }

    private static final Pattern ADVISER = Pattern.compile("\\b([Ss]on|[Ll]e) conseiller\\b");

    /**
     * A funding rule's step, written about her ("à son conseiller France Travail"), said to her ("à votre
     * conseiller·ère France Travail"): the plan speaks to the person.
     */
    static String toYou(String step) {
        Matcher m = ADVISER.matcher(step);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Character.isUpperCase(m.group(1).charAt(0)) ? "Votre conseiller·ère" : "votre conseiller·ère");
        }
        m.appendTail(out);
        return out.toString();
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
