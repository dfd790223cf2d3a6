package fr.passerelle.ui.path;

import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.LiveOfferWords;
import fr.passerelle.engine.PlaceNames;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.ui.common.FrenchFormats;
import java.util.ArrayList;
import java.util.List;

/** Writes a target's card in French from the engine's result: figures with their place and year. */
public final class CardFormatter {
    private CardFormatter() {
    }

    public static TargetCard card(TargetOccupation t, JobSeekerProfile profile) {
        return card(t, profile, MessageRenderer.french());
    }

    /** The card with the engine's reasons said by {@code reasons} (the window's language). */
    public static TargetCard card(TargetOccupation t, JobSeekerProfile profile, MessageRenderer reasons) {
        TrainingOption easiest = t.trainings().isEmpty() ? null : t.trainings().get(0);
        return new TargetCard(t.rome(), t.label(), FrenchFormats.decimal(t.score(), 2), HorizonText.reason(t, reasons),
                HorizonText.access(t), why(t, reasons), demand(t.demand()), training(t, easiest, profile), leftToPay(t, easiest),
                companies(t, profile), LiveOfferWords.summary(t.liveOffers(), profile.radiusKm()), t.demand().betterMarket(), t.trainingsFound() > 0 || t.noTrainingNeeded(),
                t.companiesFound() > 0);
    }

    /** The first proximity reason: the official mobility link and what she already knows. */
    static String why(TargetOccupation t, MessageRenderer in) {
        String reason = t.reasons().stream().filter(r -> r.kind().equals("proximité")).map(r -> r.text(in)).findFirst()
                .orElse(t.reasons().isEmpty() ? "" : t.reasons().get(0).text(in));
        if (!t.sharedSkills().isEmpty()) {
            reason += " · " + t.sharedSkills().size() + " compétence" + (t.sharedSkills().size() > 1 ? "s" : "") + " déjà acquise"
                    + (t.sharedSkills().size() > 1 ? "s" : "");
        }
        return reason;
    }

    /** "Tension 4/5 · 2,1 offres par demandeur (+85 %) · bassin d'emploi Lille, 2021 · 312 offres dans le 59 au 21 décembre 2021". */
    public static String demandLine(Demand d) {
        return demand(d);
    }

    public static String companiesLine(TargetOccupation t, JobSeekerProfile profile) {
        return companies(t, profile);
    }

    static String demand(Demand d) {
        List<String> parts = new ArrayList<>();
        if (d.tension() != null) {
            parts.add("Tension " + d.tension() + "/5");
        }
        if (d.offersPerJobSeeker() != null) {
            parts.add(FrenchFormats.decimal(d.offersPerJobSeeker(), 1) + " offre" + (d.offersPerJobSeeker() >= 2 ? "s" : "")
                    + " par demandeur" + (d.gainPercent() == null ? "" : " (" + FrenchFormats.signedPercent(d.gainPercent()) + ")"));
        }
        if (!parts.isEmpty() && d.territory() != null) {
            parts.add(place(d) + (d.year() == null ? "" : ", " + d.year()));
        }
        if (d.offersInDepartement() != null) {
            parts.add(FrenchFormats.number(d.offersInDepartement()) + " offre" + (d.offersInDepartement() > 1 ? "s" : "")
                    + " dans le " + d.departement() + (d.offersDate() == null ? "" : " au " + FrenchFormats.date(d.offersDate())));
        }
        return parts.isEmpty() ? "Pas de chiffre de demande pour ce métier dans les données du poste" : String.join(" · ", parts);
    }

    /** "bassin d'emploi Lille": the area name in the usual case (the sources write it in capitals). */
    private static String place(Demand d) {
        String territory = PlaceNames.readable(d.territory());
        if (d.level() == null || territory.toLowerCase(java.util.Locale.ROOT).startsWith(d.level().toLowerCase(java.util.Locale.ROOT))) {
            return territory;
        }
        return d.level() + " " + territory;
    }

    static String training(TargetOccupation t, TrainingOption easiest, JobSeekerProfile profile) {
        if (t.noTrainingNeeded()) {
            return "Pas de formation obligatoire" + (t.trainingsFound() > 0 ? " (" + count(t.trainingsFound(), "formation possible", "formations possibles") + ")" : "");
        }
        if (easiest == null) {
            return "Aucune formation à moins de " + profile.radiusKm() + " km" + (profile.remote() ? " ni à distance" : "")
                    + (profile.maxHours() == null ? "" : " de " + FrenchFormats.hours(profile.maxHours()) + " au plus");
        }
        StringBuilder s = new StringBuilder(easiest.title());
        if (easiest.hours() != null) {
            s.append(", ").append(FrenchFormats.hours(easiest.hours()));
        }
        if (easiest.start() != null) {
            s.append(", début le ").append(FrenchFormats.date(easiest.start()));
        }
        s.append(easiest.distanceKm() == null ? ", à distance" : ", " + (easiest.city() == null ? "" : easiest.city() + " ")
                + "à " + FrenchFormats.distance(easiest.distanceKm()));
        if (t.trainingsFound() > 1) {
            s.append(" (").append(count(t.trainingsFound(), "formation", "formations")).append(" en tout)");
        }
        return s.toString();
    }

    /** The certain remainder of the easiest training, the possible one when lower (see {@link FundingText}). */
    static String leftToPay(TargetOccupation t, TrainingOption easiest) {
        if (t.noTrainingNeeded()) {
            return "Rien à payer : pas de formation obligatoire";
        }
        return easiest == null ? "" : FundingText.leftToPay(easiest);
    }

    static String companies(TargetOccupation t, JobSeekerProfile profile) {
        if (t.companiesFound() == 0) {
            return "Aucune entreprise connue à moins de " + profile.radiusKm() + " km";
        }
        return count(t.companiesFound(), "entreprise susceptible", "entreprises susceptibles") + " de recruter à moins de "
                + profile.radiusKm() + " km";
    }

    static String count(int n, String one, String many) {
        return FrenchFormats.number(n) + " " + (n > 1 ? many : one);
    }
}
