package fr.passerelle.cli;

import fr.passerelle.engine.LiveOfferWords;
import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.RescueOption;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.funding.FundingReadout;
import fr.passerelle.funding.FundingWords;
import java.io.PrintWriter;
import java.util.Locale;

/** The plain-text path: a French summary a counsellor can read aloud, horizon by horizon (the engine sorts them so). */
final class PathText {
    private PathText() {
    }

    static void print(PathResult r, PrintWriter out) {
        print(r, out, MessageRenderer.french());
    }

    /**
     * The path with the engine's reasons said by {@code reasons} ({@code --lang en}: English); the rest of the summary
     * is French for now.
     */
    static void print(PathResult r, PrintWriter out, MessageRenderer reasons) {
        var p = r.profile();
        out.printf("Parcours pour un·e %s (%s), %s (%s), rayon %s, niveau %s%s, CPF %s, reste à charge possible %s%s%n%n",
                r.sourceLabel(), p.rome(), r.communeName(), r.departement(), FrenchFormats.km(p.radiusKm()), p.level().label(),
                p.maxHours() == null ? "" : ", formation de " + FrenchFormats.hours(p.maxHours()) + " au plus", money(p.cpfCents()),
                money(p.budgetCents()), p.remote() ? ", formation à distance acceptée" : "");
        if (r.occupations().isEmpty()) {
            out.println("Aucun métier proche trouvé dans les données du poste.");
        }
        int n = 1;
        Horizon horizon = null;
        for (TargetOccupation t : r.occupations()) {
            if (t.horizon() != horizon) {
                horizon = t.horizon();
                n = 1;
                out.printf("%s — %s%n%n", horizon.label().toUpperCase(Locale.FRENCH), horizon.meaning());
            }
            out.printf("%d. %s (%s) — score %s%s%s%n", n++, t.label(), t.rome(), FrenchFormats.decimal(t.score(), 2),
                    t.regulated() ? "  [métier réglementé]" : "", t.demand().betterMarket() ? "" : "  [marché pas nettement meilleur]");
            out.println("   → " + t.horizonReason().text(reasons));
            for (Reason reason : t.reasons()) {
                out.println("   • " + reason.text(reasons));
            }
            if (!t.sharedSkills().isEmpty()) {
                out.println("   Compétences déjà acquises : " + String.join(" ; ", t.sharedSkills()));
            }
            if (!t.missingSkills().isEmpty()) {
                out.println("   À acquérir : " + String.join(" ; ", t.missingSkills()));
            }
            if (!t.targetDiplomas().isEmpty()) {
                out.println("   Diplômes du métier visé : " + String.join(" ; ", t.targetDiplomas()));
            }
            if (t.noTrainingNeeded()) {
                out.println("   Formation : pas de formation obligatoire.");
            }
            if (!t.trainings().isEmpty()) {
                out.printf("   Formations (%s trouvées, distances à vol d'oiseau) :%n", FrenchFormats.number(t.trainingsFound()));
                for (TrainingOption o : t.trainings()) {
                    out.printf("     - %s, %s : %s, %s, reste à payer %s, début %s, %s%n", o.title(),
                            o.provider() == null ? "organisme non précisé" : o.provider(),
                            o.hours() == null ? "durée inconnue" : FrenchFormats.hours(o.hours()),
                            o.costCents() == null ? "prix non publié" : money(o.costCents()),
                            remaining(o),
                            o.start() == null ? "date inconnue" : FrenchFormats.date(o.start()),
                            o.remote() && o.distanceKm() == null ? "à distance"
                                    : (o.city() == null ? "" : o.city()) + (o.distanceKm() == null ? "" : " (" + FrenchFormats.km(o.distanceKm()) + ")")
                                    + (o.remote() ? ", à distance possible" : "")
                                    + (o.funders().isEmpty() ? "" : " ; financeurs : " + String.join(", ", o.funders()))
                                    + (o.certification() == null ? "" : " ; " + o.certification()));
                    if (o.funding() != null) {
                        FundingReadout.pathLines(o.funding()).forEach(line -> out.println("         " + line));
                    }
                }
            }
            if (t.liveOffers() != null) {
                out.printf("   %s%s%n", LiveOfferWords.summary(t.liveOffers(), r.profile().radiusKm()), t.liveOffers().latest().isEmpty() ? "" : " :");
                t.liveOffers().latest().forEach(o -> out.printf("     - %s%n", LiveOfferWords.offer(o)));
            }
            if (!t.companies().isEmpty()) {
                out.printf("   Entreprises qui recrutent (%s trouvées) :%n", FrenchFormats.number(t.companiesFound()));
                for (CompanyOption c : t.companies()) {
                    out.printf("     - %s, %s — %s%n", c.name(), c.commune(), c.why());
                }
            }
            out.println();
        }
        if (!r.rescue().isEmpty()) {
            out.println("Pistes pour élargir la recherche :");
            for (RescueOption o : r.rescue()) {
                out.printf("   • %s : %s métiers au marché plus porteur, %s formations, %s entreprises%n", o.description(),
                        FrenchFormats.number(o.occupations()), FrenchFormats.number(o.trainings()), FrenchFormats.number(o.companies()));
            }
            out.println();
        }
        // The funding questions once for the whole path, and the rules version with the data dates.
        java.util.Set<String> questions = new java.util.LinkedHashSet<>();
        String rulesVersion = null;
        for (TargetOccupation t : r.occupations()) {
            for (TrainingOption o : t.trainings()) {
                if (o.funding() != null) {
                    questions.addAll(o.funding().questions());
                    rulesVersion = o.funding().rulesVersion();
                }
            }
        }
        if (!questions.isEmpty()) {
            out.println("Pour préciser le financement, demander :");
            questions.forEach(q -> out.println("   • " + q));
            out.println();
        }
        out.println("Données : " + String.join(" ; ", r.dataAsOf().entrySet().stream()
                .filter(e -> e.getKey().startsWith("rome4.occupations") || e.getKey().startsWith("market.") || e.getKey().startsWith("training")
                        || e.getKey().startsWith("compan"))
                .map(e -> e.getKey() + " " + e.getValue()).toList())
                + (rulesVersion == null ? "" : " ; règles de financement " + rulesVersion));
    }

    /**
     * The certain remainder: a place bought for her leaves 0 € whatever its price, even when the price is not published
     * (the funding line under it says who buys it); unknown only when no answer can tell.
     */
    static String remaining(TrainingOption o) {
        Long certain = o.funding() == null ? o.remainingCents() : FundingWords.certainToPay(o.funding());
        if (certain == null) {
            return "inconnu";
        }
        return money(certain) + (o.remainingCents() == null ? " à coup sûr" : "");
    }

    private static String money(long cents) {
        return FrenchFormats.money(cents);
    }
}
