package fr.passerelle.ui.plan;

import fr.passerelle.export.ActionPlan;
import fr.passerelle.export.FundingLine;
import fr.passerelle.export.PlanCompany;
import fr.passerelle.export.PlanFunding;
import fr.passerelle.export.PlanTraining;
import fr.passerelle.ui.common.FrenchFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's text for the screen, in the order and words of the printed document (sections, her occupation and why,
 * the training and who pays, companies, dated next steps, the date of every figure): what she will read, before it is
 * saved or printed.
 */
final class PlanPreview {
    private PlanPreview() {
    }

    static List<String> of(ActionPlan plan) {
        List<String> out = new ArrayList<>();
        out.add(plan.title());
        out.add("Entretien du " + FrenchFormats.date(plan.interviewDate()) + (plan.personName() == null ? " — établi pour " + ActionPlan.NO_NAME : ""));
        if (plan.sampleNotice() != null) {
            out.add("⚠ " + plan.sampleNotice());
        }
        ActionPlan.PlanOccupation o = plan.occupation();
        out.add("Votre projet : " + o.label() + " (" + o.rome() + "), en partant de « " + plan.situation().currentLabel() + " »."
                + (o.when() == null ? "" : "\nQuand : " + o.when() + ".")
                + (o.required() == null ? "" : "\nObligatoire, métier réglementé : " + o.required() + "."));
        out.add("Pourquoi ce métier :\n" + bullets(o.why()));
        out.add(training(plan));
        if (!plan.companies().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (PlanCompany c : plan.companies()) {
                lines.add(c.name() + ", " + c.commune() + " (" + FrenchFormats.distance(c.distanceKm()) + ") — " + c.why());
            }
            out.add("Entreprises à contacter (" + FrenchFormats.number(plan.companiesFound()) + " trouvées) :\n" + bullets(lines));
        }
        List<String> steps = new ArrayList<>();
        for (ActionPlan.NextStep s : plan.nextSteps()) {
            steps.add((s.by() == null ? "" : "Avant le " + FrenchFormats.date(s.by()) + " : ") + s.text());
        }
        out.add("Vos prochaines étapes :\n" + bullets(steps));
        List<String> dates = new ArrayList<>();
        for (ActionPlan.DataDate d : plan.dataDates()) {
            dates.add(d.what() + " : " + d.asOf());
        }
        out.add("D'où viennent ces informations :\n" + bullets(dates));
        return out;
    }

    private static String training(ActionPlan plan) {
        PlanTraining t = plan.training();
        if (t == null) {
            return "Formation : " + (plan.trainingNote() == null ? "aucune" : plan.trainingNote());
        }
        StringBuilder s = new StringBuilder("La formation : ").append(t.title());
        if (t.provider() != null) {
            s.append(", ").append(t.provider());
        }
        if (t.city() != null) {
            s.append(", ").append(t.city());
        }
        s.append('.');
        if (t.start() != null) {
            s.append("\nDébut le ").append(FrenchFormats.date(t.start()));
            if (t.end() != null) {
                s.append(", fin le ").append(FrenchFormats.date(t.end()));
            }
            s.append('.');
        }
        if (t.hours() != null) {
            s.append(" Durée : ").append(FrenchFormats.hours(t.hours())).append('.');
        }
        if (t.contact() != null && t.contact().address() != null) {
            s.append("\nPour s'inscrire : ").append(t.contact().address());
        }
        out(s, t.funding());
        return s.toString();
    }

    /** Who pays what, as the PDF says it: the price, each payer with its status, the remainders, pay, questions. */
    private static void out(StringBuilder s, PlanFunding f) {
        s.append("\nQui paie quoi : prix ").append(FrenchFormats.money(f.priceCents(), "non publié")).append('.');
        for (FundingLine l : f.lines()) {
            String amount = l.amountCents() == null ? "" : (l.status() == FundingLine.Status.POSSIBLE ? "jusqu'à " : "")
                    + FrenchFormats.money(l.amountCents()) + ", ";
            s.append("\n• ").append(l.payer()).append(" : ").append(amount).append(l.status().label())
                    .append(l.note() == null ? "" : " (" + l.note() + ")");
        }
        boolean lower = f.remainingCents() != null && f.possibleRemainingCents() != null && f.possibleRemainingCents() < f.remainingCents();
        s.append("\nReste à payer pour vous : ").append(FrenchFormats.money(f.remainingCents(), "inconnu"))
                .append(lower ? " ; " + FrenchFormats.money(f.possibleRemainingCents()) + " si les aides à demander sont accordées" : "")
                .append('.');
        if (f.pay() != null) {
            s.append("\nPendant la formation : ").append(f.pay());
        }
        for (String q : f.questions()) {
            s.append("\n? ").append(q);
        }
    }

    private static String bullets(List<String> lines) {
        return String.join("\n", lines.stream().map(l -> "• " + l).toList());
    }
}
