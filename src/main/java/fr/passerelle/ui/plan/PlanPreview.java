package fr.passerelle.ui.plan;

import fr.passerelle.export.ActionPlan;
import fr.passerelle.export.FundingLine;
import fr.passerelle.export.PlanCompany;
import fr.passerelle.export.PlanFunding;
import fr.passerelle.export.PlanLanguage;
import fr.passerelle.export.PlanTraining;
import fr.passerelle.ui.common.FrenchFormats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's text for the screen, in the order and words of the printed document (sections, her occupation and why,
 * the training and who pays, companies, dated next steps, the date of every figure): what she will read, before it is
 * saved or printed. In the plan's language (the window's): the words come from the plan's bundle, the figures in the
 * window's French formats or in English ones.
 */
final class PlanPreview {
    private PlanPreview() {
    }

    static List<String> of(ActionPlan plan) {
        PlanLanguage in = plan.language();
        List<String> out = new ArrayList<>();
        out.add(plan.title());
        out.add(in.t("preview.interview", date(in, plan.interviewDate()))
                + (plan.personName() == null ? in.t("plan.subtitle.noName", plan.addressee()) : ""));
        if (plan.sampleNotice() != null) {
            out.add("⚠ " + plan.sampleNotice());
        }
        ActionPlan.PlanOccupation o = plan.occupation();
        out.add(in.t("preview.project", o.label(), o.rome(), plan.situation().currentLabel())
                + (o.when() == null ? "" : in.t("preview.when", o.when()))
                + (o.required() == null ? "" : in.t("preview.required", o.required())));
        out.add(in.t("preview.why") + "\n" + bullets(o.why()));
        if (plan.projects() != null) {
            out.add(in.t("preview.projects") + "\n" + bullets(List.of(plan.projects().text(), plan.projects().source())));
        }
        out.add(training(plan, in));
        if (!plan.companies().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (PlanCompany c : plan.companies()) {
                lines.add(c.name() + ", " + c.commune() + " (" + km(in, c.distanceKm()) + ") — " + c.why());
            }
            // French says 0 and 1 in the singular, English only 1 (as PlanLanguage.count).
            long n = plan.companiesFound();
            boolean one = in.english() ? n == 1 : n <= 1;
            out.add(in.t(one ? "preview.companies.one" : "preview.companies.many", number(in, n)) + "\n" + bullets(lines));
        }
        List<String> steps = new ArrayList<>();
        for (ActionPlan.NextStep s : plan.nextSteps()) {
            steps.add((s.by() == null ? "" : in.t("preview.by", date(in, s.by()))) + s.text());
        }
        out.add(in.t("preview.steps") + "\n" + bullets(steps));
        List<String> dates = new ArrayList<>();
        for (ActionPlan.DataDate d : plan.dataDates()) {
            dates.add(d.what() + (in.english() ? ": " : " : ") + d.asOf(in));
        }
        out.add(in.t("preview.sources") + "\n" + bullets(dates));
        return out;
    }

    private static String training(ActionPlan plan, PlanLanguage in) {
        PlanTraining t = plan.training();
        if (t == null) {
            return in.t("preview.training.none", plan.trainingNote() == null ? in.t("preview.training.none.note") : plan.trainingNote());
        }
        StringBuilder s = new StringBuilder(in.t("preview.training", t.title()));
        if (t.provider() != null) {
            s.append(", ").append(t.provider());
        }
        if (t.city() != null) {
            s.append(", ").append(t.city());
        }
        s.append('.');
        if (t.start() != null) {
            s.append(in.t("preview.start", date(in, t.start())));
            if (t.end() != null) {
                s.append(in.t("preview.end", date(in, t.end())));
            }
            s.append('.');
        }
        if (t.hours() != null) {
            s.append(in.t("preview.length", in.english() ? in.hours(t.hours()) : FrenchFormats.hours(t.hours())));
        }
        if (t.contact() != null && t.contact().address() != null) {
            s.append(in.t("preview.apply", t.contact().address()));
        }
        out(s, t.funding(), in);
        return s.toString();
    }

    /** Who pays what, as the PDF says it: the price, each payer with its status, the remainders, pay, questions. */
    private static void out(StringBuilder s, PlanFunding f, PlanLanguage in) {
        s.append(in.t("preview.funding", money(in, f.priceCents(), in.t("preview.price.none"))));
        for (FundingLine l : f.lines()) {
            String amount = l.amountCents() == null ? "" : (l.status() == FundingLine.Status.POSSIBLE
                    ? in.t("funding.upTo", money(in, l.amountCents(), "")) : money(in, l.amountCents(), "")) + ", ";
            s.append("\n• ").append(l.payer()).append(in.english() ? ": " : " : ").append(amount)
                    .append(in.t("status." + l.status().name())).append(l.note() == null ? "" : " (" + l.note() + ")");
        }
        boolean lower = f.remainingCents() != null && f.possibleRemainingCents() != null && f.possibleRemainingCents() < f.remainingCents();
        s.append(in.t("preview.remaining", money(in, f.remainingCents(), in.t("funding.remaining.unknown"))))
                .append(lower ? in.t("preview.remaining.ifGranted", money(in, f.possibleRemainingCents(), "")) : "")
                .append('.');
        if (f.pay() != null) {
            s.append(in.t("preview.pay", f.pay()));
        }
        for (String q : f.questions()) {
            s.append("\n? ").append(q);
        }
    }

    private static String money(PlanLanguage in, Long cents, String unknown) {
        return cents == null ? unknown : in.english() ? in.money(cents) : FrenchFormats.money(cents);
    }

    private static String date(PlanLanguage in, LocalDate d) {
        return in.english() ? in.date(d) : FrenchFormats.date(d);
    }

    private static String km(PlanLanguage in, double km) {
        return in.english() ? in.km(km) : FrenchFormats.distance(km);
    }

    private static String number(PlanLanguage in, long n) {
        return in.english() ? in.integer(n) : FrenchFormats.number(n);
    }

    private static String bullets(List<String> lines) {
        return String.join("\n", lines.stream().map(l -> "• " + l).toList());
    }
}
