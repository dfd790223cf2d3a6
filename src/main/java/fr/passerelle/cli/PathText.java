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
import fr.passerelle.funding.FundingMessages;
import fr.passerelle.funding.FundingReadout;
import fr.passerelle.funding.FundingWords;
import java.io.PrintWriter;
import java.util.List;

/**
 * The plain-text path: a summary a counsellor can read aloud, horizon by horizon (the engine sorts them so), in French
 * or, with {@code --lang en}, in English. What comes from the data stays as the data writes it (occupation, skill,
 * training and company names, in French), and so do the funding lines (FundingReadout, FundingWords).
 */
final class PathText {
    private PathText() {
    }

    static void print(PathResult r, PrintWriter out) {
        print(r, out, OutputWords.FRENCH);
    }

    static void print(PathResult r, PrintWriter out, CliLanguage language) {
        print(r, out, new OutputWords(language));
    }

    static void print(PathResult r, PrintWriter out, OutputWords w) {
        MessageRenderer reasons = w.reasons();
        var p = r.profile();
        out.println(w.text("path.header", r.sourceLabel(), p.rome(), r.communeName(), r.departement(), w.km(p.radiusKm()),
                w.level(p.level().framework(), p.level().label()),
                p.maxHours() == null ? "" : w.text("path.header.maxHours", w.hours(p.maxHours())), w.money(p.cpfCents()),
                w.money(p.budgetCents()), p.remote() ? w.text("path.header.remote") : ""));
        out.println();
        if (r.occupations().isEmpty()) {
            out.println(w.text("path.none"));
        }
        int n = 1;
        Horizon horizon = null;
        for (TargetOccupation t : r.occupations()) {
            if (t.horizon() != horizon) {
                horizon = t.horizon();
                n = 1;
                out.printf("%s — %s%n%n", reasons.pattern("horizon.label." + horizon.key()).toUpperCase(w.locale()),
                        reasons.pattern("horizon.meaning." + horizon.key()));
            }
            out.printf("%d. %s (%s) — %s%s%s%n", n++, t.label(), t.rome(), w.text("path.score", w.decimal(t.score(), 2)),
                    t.regulated() ? "  " + w.text("path.regulated") : "", t.demand().betterMarket() ? "" : "  " + w.text("path.notBetter"));
            out.println("   → " + t.horizonReason().text(reasons));
            for (Reason reason : t.reasons()) {
                out.println("   • " + reason.text(reasons));
            }
            list(out, w, "path.skills.held", t.sharedSkills());
            list(out, w, "path.skills.missing", t.missingSkills());
            list(out, w, "path.diplomas", t.targetDiplomas());
            if (t.noTrainingNeeded()) {
                out.println("   " + w.text("path.noTraining"));
            }
            trainings(t, out, w);
            if (t.liveOffers() != null) {
                out.printf("   %s%s%n", LiveOfferWords.summary(t.liveOffers(), r.profile().radiusKm(), reasons), t.liveOffers().latest().isEmpty() ? "" : w.english() ? ":" : " :");
                t.liveOffers().latest().forEach(o -> out.printf("     - %s%n", LiveOfferWords.offer(o, reasons)));
            }
            if (!t.companies().isEmpty()) {
                out.println("   " + w.text("path.companies", w.number(t.companiesFound()), t.companiesFound()));
                for (CompanyOption c : t.companies()) {
                    out.printf("     - %s, %s — %s%n", c.name(), c.commune(), c.why(reasons));
                }
            }
            out.println();
        }
        if (!r.rescue().isEmpty()) {
            out.println(w.text("path.rescue"));
            for (RescueOption o : r.rescue()) {
                out.println("   • " + w.text("path.rescue.option", o.description(reasons), w.number(o.occupations()),
                        w.number(o.trainings()), w.number(o.companies()), o.occupations(), o.trainings(), o.companies()));
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
            out.println(w.text("path.questions"));
            questions.forEach(q -> out.println("   • " + reasons.render(FundingMessages.question(q))));
            out.println();
        }
        out.println(w.text("path.data", String.join(w.listSeparator(), r.dataAsOf().entrySet().stream()
                .filter(e -> e.getKey().startsWith("rome4.occupations") || e.getKey().startsWith("market.") || e.getKey().startsWith("training")
                        || e.getKey().startsWith("compan"))
                .map(e -> e.getKey() + " " + dataAsOf(e.getValue(), w)).toList()))
                + (rulesVersion == null ? "" : w.text("path.data.rules", rulesVersion)));
    }

    private static void trainings(TargetOccupation t, PrintWriter out, OutputWords w) {
        if (t.trainings().isEmpty()) {
            return;
        }
        out.println("   " + w.text("path.trainings", w.number(t.trainingsFound()), t.trainingsFound()));
        for (TrainingOption o : t.trainings()) {
            out.printf("     - %s, %s : %s, %s, %s, %s, %s%n", o.title(),
                    o.provider() == null ? w.text("path.training.noProvider") : o.provider(),
                    o.hours() == null ? w.text("path.training.noHours") : w.hours(o.hours()),
                    o.costCents() == null ? w.text("path.training.noPrice") : w.money(o.costCents()),
                    w.text("path.training.remaining", remaining(o, w)),
                    w.text("path.training.start", o.start() == null ? w.text("path.training.noStart") : w.date(o.start())),
                    o.remote() && o.distanceKm() == null ? w.text("path.training.remote")
                            : (o.city() == null ? "" : o.city()) + (o.distanceKm() == null ? "" : " (" + w.km(o.distanceKm()) + ")")
                            + (o.remote() ? w.text("path.training.remotePossible") : "")
                            + (o.funders().isEmpty() ? "" : w.text("path.training.funders", String.join(", ", o.funders())))
                            + (o.certification() == null ? "" : " ; " + o.certification()));
            if (o.funding() != null) {
                FundingReadout.pathLines(o.funding(), w.reasons()).forEach(line -> out.println("         " + line));
            }
        }
    }

    /** "Compétences déjà acquises : a ; b": a list from the data, under its heading. */
    private static void list(PrintWriter out, OutputWords w, String key, List<String> items) {
        if (!items.isEmpty()) {
            out.println("   " + w.text(key, String.join(w.listSeparator(), items)));
        }
    }

    /**
     * The engine writes each dataset's date in French ("4.60, importé le 2026-12-01, données d'exemple fictives", the
     * same text in the JSON); in English its two fixed phrases are said in English, the version and ISO date kept.
     */
    private static String dataAsOf(String value, OutputWords w) {
        return w.english() ? value.replace("importé le ", w.text("path.data.imported"))
                .replace(", données d'exemple fictives", w.text("path.data.sample")) : value;
    }

    /**
     * The certain remainder: a place bought for her leaves 0 € whatever its price, even when the price is not published
     * (the funding line under it says who buys it); unknown only when no answer can tell.
     */
    static String remaining(TrainingOption o) {
        return remaining(o, OutputWords.FRENCH);
    }

    static String remaining(TrainingOption o, OutputWords w) {
        Long certain = o.funding() == null ? o.remainingCents() : FundingWords.certainToPay(o.funding());
        if (certain == null) {
            return w.text("path.training.remaining.unknown");
        }
        return w.money(certain) + (o.remainingCents() == null ? w.text("path.training.remaining.sure") : "");
    }
}
