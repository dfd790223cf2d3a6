package fr.passerelle.export;

import fr.passerelle.engine.result.Access;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
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
        List<String> out = new ArrayList<>();
        proximity(t, currentLabel).ifPresent(out::add);
        Demand d = t.demand();
        if (d != null) {
            String where = where(d);
            if (d.betterMarket() && d.offersPerJobSeeker() != null && d.currentOffersPerJobSeeker() != null
                    && d.currentOffersPerJobSeeker() > 0) {
                double ratio = d.offersPerJobSeeker() / d.currentOffersPerJobSeeker();
                out.add((ratio >= 1.95 ? "Environ " + Math.round(ratio) + " fois plus d'offres d'emploi par candidat"
                        : Math.round(100 * (ratio - 1)) + FrenchFormat.NBSP + "% d'offres d'emploi par candidat de plus")
                        + " que pour votre métier actuel" + where + year(d.year()) + ".");
            }
            if (d.tension() != null && d.tension() >= 4) {
                out.add("Les employeurs ont du mal à recruter : tension de " + d.tension() + " sur 5" + where + year(d.year()) + ".");
            }
        }
        skills(t).ifPresent(out::add);
        if (t.noTrainingNeeded()) {
            out.add(trainingChosen ? "Pas de formation obligatoire : la formation choisie est un atout en plus."
                    : "Pas de formation obligatoire : vous pouvez postuler directement.");
        }
        if (t.companiesFound() > 0) {
            out.add((t.companiesFound() == 1 ? "Une entreprise susceptible" : FrenchFormat.integer(t.companiesFound())
                    + " entreprises susceptibles") + " de recruter à moins de " + radiusKm + FrenchFormat.NBSP + "km de chez vous.");
        }
        if (d != null && d.offersInDepartement() != null && d.offersInDepartement() > 0) {
            out.add(FrenchFormat.integer(d.offersInDepartement()) + " offres d'emploi dans le département"
                    + (d.departement() == null ? "" : " (" + d.departement() + ")")
                    + (d.offersDate() == null ? "" : " au " + FrenchFormat.date(d.offersDate())) + ".");
        }
        for (Reason r : t.reasons()) {
            if (r.kind().equals("niveau")) {
                out.add("Ce métier demande souvent un niveau de diplôme plus élevé : la formation sert aussi à l'atteindre.");
            } else if (!known(r.kind())) {
                out.add(r.text().endsWith(".") ? r.text() : r.text() + ".");
            }
        }
        return out.size() > MAX_REASONS ? List.copyOf(out.subList(0, MAX_REASONS)) : List.copyOf(out);
    }

    private static boolean known(String kind) {
        return switch (kind) {
            case "proximité", "demande", "compétences", "formation", "entreprises", "niveau" -> true;
            default -> false;
        };
    }

    private static java.util.Optional<String> proximity(TargetOccupation t, String currentLabel) {
        Integer rank = null;
        boolean official = false;
        boolean local = false;
        for (Reason r : t.reasons()) {
            if (!r.kind().equals("proximité")) {
                continue;
            }
            if (r.text().contains("ROME")) {
                official = true;
                Matcher m = RANK.matcher(r.text());
                if (m.find()) {
                    int n = Integer.parseInt(m.group(1));
                    rank = rank == null ? n : Math.min(rank, n);
                }
            } else if (r.text().toLowerCase(Locale.ROOT).contains("connexe")) {
                local = true;
            }
        }
        String from = currentLabel == null ? "le vôtre" : "« " + currentLabel + " »";
        if (official) {
            return java.util.Optional.of("Un métier proche du vôtre : le répertoire officiel des métiers (ROME) le cite "
                    + (rank != null && rank <= 3 ? "parmi les évolutions les plus proches" : "comme une évolution possible")
                    + " depuis " + from + ".");
        }
        if (local) {
            return java.util.Optional.of("Un métier proche du vôtre : dans votre bassin d'emploi, La Bonne Boite le classe "
                    + "parmi les métiers voisins de " + from + ".");
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> skills(TargetOccupation t) {
        if (t.sharedSkills().isEmpty()) {
            return java.util.Optional.empty();
        }
        for (Reason r : t.reasons()) {
            Matcher m = SKILLS.matcher(r.text());
            if (r.kind().equals("compétences") && m.find()) {
                return java.util.Optional.of("Vous avez déjà " + m.group(1) + " des " + m.group(2)
                        + " compétences et savoirs que demande ce métier.");
            }
        }
        return java.util.Optional.of("Vous avez déjà des compétences que demande ce métier.");
    }

    /** " dans le bassin d'emploi de Lille", " en France"... from the demand's level and territory. */
    static String where(Demand d) {
        if (d.level() == null) {
            return "";
        }
        String territory = d.territory() == null ? "" : pretty(d.territory());
        return switch (d.level()) {
            case "bassin d'emploi" -> territory.isEmpty() ? " dans votre bassin d'emploi" : " dans le bassin d'emploi de " + territory;
            case "département" -> " dans le département" + (territory.isEmpty() ? "" : " (" + territory + ")");
            case "région" -> territory.isEmpty() ? " dans la région" : " en région " + territory;
            case "France" -> " en France";
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
        if (h == null) {
            return null;
        }
        return switch (h) {
            case NOW -> "tout de suite : vous pouvez postuler sans formation obligatoire";
            case SHORT -> "dans quelques mois : après une formation courte ou un permis";
            case LONG -> "projet plus long : un diplôme réglementé, une formation de plus d'un an ou un niveau de diplôme à atteindre";
        };
    }

    /**
     * For a regulated occupation, what the law requires and how long it usually takes ("Diplôme d'État d'ambulancier
     * (en général 801 h)"); the ROME's own first sentence when our table has no row; null when it is not regulated.
     */
    static String required(Access a) {
        if (a == null || !a.regulated()) {
            return null;
        }
        if (a.requirement() != null) {
            return a.requirement() + (a.usualLength() == null ? "" : " (en général " + a.usualLength() + ")");
        }
        if (!a.romeText().isEmpty()) {
            String first = a.romeText().get(0).strip().split("\\.\\s")[0];
            return "selon le répertoire des métiers : « " + (first.endsWith(".") ? first.substring(0, first.length() - 1) : first) + " »";
        }
        return "un diplôme, un permis ou une autorisation : à voir avec votre conseiller·ère";
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
