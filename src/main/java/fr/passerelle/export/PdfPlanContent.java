package fr.passerelle.export;

import fr.passerelle.export.ActionPlan.DataDate;
import fr.passerelle.export.ActionPlan.NextStep;
import fr.passerelle.export.PdfLayout.Item;
import fr.passerelle.export.PdfLayout.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the printed plan shows, in order, at one level of detail: the writer tries the richest level first and takes
 * a more compact one while the plan would not fit on two pages. Lists cut short say how many were left out.
 */
final class PdfPlanContent {
    /** How much of each list and paragraph to show. */
    record Detail(int reasons, int skills, int otherTrainings, int companies, int maxLines, int fundingLines, int steps) {
        /** Everything the plan holds, up to sensible list lengths for two pages. */
        static final Detail FULL = new Detail(6, 4, 3, 5, 6, 8, 10);

        /**
         * The next, more compact detail: one list shortened by one, the least useful first (other trainings and
         * skill lists before companies, reasons and steps); null when nothing more can be shortened.
         */
        Detail shorter() {
            if (otherTrainings > 2) return new Detail(reasons, skills, otherTrainings - 1, companies, maxLines, fundingLines, steps);
            if (skills > 3) return new Detail(reasons, skills - 1, otherTrainings, companies, maxLines, fundingLines, steps);
            if (companies > 4) return new Detail(reasons, skills, otherTrainings, companies - 1, maxLines, fundingLines, steps);
            if (maxLines > 4) return new Detail(reasons, skills, otherTrainings, companies, maxLines - 1, fundingLines, steps);
            if (otherTrainings > 1) return new Detail(reasons, skills, otherTrainings - 1, companies, maxLines, fundingLines, steps);
            if (reasons > 4) return new Detail(reasons - 1, skills, otherTrainings, companies, maxLines, fundingLines, steps);
            if (skills > 2) return new Detail(reasons, skills - 1, otherTrainings, companies, maxLines, fundingLines, steps);
            if (companies > 3) return new Detail(reasons, skills, otherTrainings, companies - 1, maxLines, fundingLines, steps);
            if (fundingLines > 5) return new Detail(reasons, skills, otherTrainings, companies, maxLines, fundingLines - 1, steps);
            if (otherTrainings > 0) return new Detail(reasons, skills, otherTrainings - 1, companies, maxLines, fundingLines, steps);
            if (maxLines > 3) return new Detail(reasons, skills, otherTrainings, companies, maxLines - 1, fundingLines, steps);
            if (skills > 0) return new Detail(reasons, 0, otherTrainings, companies, maxLines, fundingLines, steps);
            if (steps > 7) return new Detail(reasons, skills, otherTrainings, companies, maxLines, fundingLines, steps - 1);
            if (reasons > 3) return new Detail(reasons - 1, skills, otherTrainings, companies, maxLines, fundingLines, steps);
            if (companies > 2) return new Detail(reasons, skills, otherTrainings, companies - 1, maxLines, fundingLines, steps);
            if (maxLines > 2) return new Detail(reasons, skills, otherTrainings, companies, maxLines - 1, fundingLines, steps);
            if (fundingLines > 4) return new Detail(reasons, skills, otherTrainings, companies, maxLines, fundingLines - 1, steps);
            if (steps > 6) return new Detail(reasons, skills, otherTrainings, companies, maxLines, fundingLines, steps - 1);
            return null;
        }
    }

    private static final String BULLET = "•";
    private static final String BOX = "☐";

    private PdfPlanContent() {
    }

    /** The plan's items; from {@code tailStart} on, the dates and sources, which are never cut. */
    record Content(List<Item> items, int tailStart) {
    }

    static Content items(ActionPlan plan, PdfFonts fonts, Detail d) throws IOException {
        PlanLanguage in = plan.language();
        PdfItems out = new PdfItems(fonts, d.maxLines());
        out.title(plan.title());
        out.subtitle(in.t("plan.subtitle", in.date(plan.interviewDate()))
                + (plan.personName() == null ? in.t("plan.subtitle.noName", plan.addressee()) : ""));
        if (plan.sampleNotice() != null) {
            out.warning(plan.sampleNotice());
        }
        project(plan, out, in);
        why(plan, out, d, in);
        projects(plan.projects(), out, in);
        training(plan, out, d, in);
        funding(plan.training(), out, d, in);
        companies(plan, out, d, in);
        offers(plan.offers(), out, in);
        out.heading(in.t("heading.steps"));
        List<NextStep> steps = plan.nextSteps();
        for (NextStep s : steps.subList(0, Math.min(steps.size(), d.steps()))) {
            List<Span> spans = new ArrayList<>();
            if (s.by() != null) {
                spans.add(Span.strong(in.t("steps.by", in.date(s.by()))));
            }
            spans.add(Span.of(" " + s.text() + "."));
            out.bullet(BOX, spans);
        }
        more(out, steps.size() - d.steps(), "plan.more.step", in);
        int tail = out.items().size();
        out.heading(in.t("heading.sources"));
        StringBuilder dates = new StringBuilder();
        for (DataDate dd : plan.dataDates()) {
            dates.append(dd.what()).append(in.english() ? ": " : " : ").append(dd.version() != null ? dd.version()
                    : dd.imported() == null ? in.t("sources.date.none") : in.t("sources.imported", in.date(dd.imported()))).append(". ");
        }
        out.small(dates + in.t("sources.distances", plan.situation().commune()) + (plan.isSampleData()
                ? in.t("sources.sample") : in.t("sources.real") + (plan.offers() == null ? "." : in.t("sources.offers"))), 8);
        return new Content(out.items(), tail);
    }

    private static void project(ActionPlan plan, PdfItems out, PlanLanguage in) throws IOException {
        ActionPlan.Situation s = plan.situation();
        out.heading(in.t("heading.project"));
        out.field(in.t("project.target"), List.of(Span.strong(plan.occupation().label()),
                Span.of(in.t("project.rome", plan.occupation().rome()))));
        if (plan.occupation().when() != null) {
            out.field(in.t("project.when"), PlainWords.upperFirst(plan.occupation().when()));
        }
        if (plan.occupation().required() != null) {
            out.field(in.t("project.required"), List.of(Span.strong(in.t("project.regulated")), Span.of(plan.occupation().required())));
        }
        out.field(in.t("project.today"), (s.currentLabel() == null ? s.currentRome() : s.currentLabel()) + ", "
                + s.commune() + (s.departement() == null ? "" : " (" + s.departement() + ")"));
        out.field(in.t("project.conditions"), in.t("project.conditions.text", in.t("plan.radius", s.radiusKm()), s.levelLabel(),
                s.maxHours() == null ? "" : in.t("project.conditions.maxHours", in.hours(s.maxHours())),
                in.money(s.cpfCents()), in.money(s.budgetCents()), s.remote() ? in.t("project.conditions.remote") : ""));
    }

    private static void why(ActionPlan plan, PdfItems out, Detail d, PlanLanguage in) throws IOException {
        out.heading(in.t("heading.why"));
        List<String> why = plan.occupation().why();
        for (String w : why.subList(0, Math.min(why.size(), d.reasons()))) {
            out.bullet(BULLET, w);
        }
        if (d.skills() > 0) {
            skills(out, in.t("project.known"), plan.occupation().skillsHeld(), d.skills(), in);
            skills(out, in.t("project.toLearn"), plan.occupation().skillsToLearn(), d.skills(), in);
        }
    }

    /** The BMO hiring projects of her area (the workshop sheets only), with the survey's year and source. */
    private static void projects(ActionPlan.PlanProjects projects, PdfItems out, PlanLanguage in) throws IOException {
        if (projects == null) {
            return;
        }
        out.heading(in.t("heading.projects"));
        out.paragraph(projects.text(), 6);
        out.small(projects.source(), 3);
    }

    private static void skills(PdfItems out, String label, List<String> skills, int max, PlanLanguage in) throws IOException {
        if (skills.isEmpty()) {
            return;
        }
        List<String> some = skills.subList(0, Math.min(max, skills.size()));
        String shown = some.get(0) + some.stream().skip(1).map(s -> (in.english() ? "; " : " ; ") + PlainWords.lowerFirst(s)).collect(java.util.stream.Collectors.joining());
        int left = skills.size() - max;
        out.field(label, shown + (left > 0 ? in.count("skills.more", left) : "") + ".");
    }

    private static void training(ActionPlan plan, PdfItems out, Detail d, PlanLanguage in) throws IOException {
        PlanTraining t = plan.training();
        out.heading(in.t(t == null ? "heading.training.none" : "heading.training"));
        if (t == null) {
            out.paragraph(plan.trainingNote());
        } else {
            out.field(in.t("training.title"), List.of(Span.strong(t.title())));
            out.field(in.t("training.provider"), t.provider() == null ? in.t("training.provider.none") : t.provider());
            out.field(in.t("training.place"), place(t, plan.situation(), in));
            if (t.hours() != null) {
                out.field(in.t("training.length"), in.hours(t.hours()));
            }
            String period = in.period(t.start(), t.end());
            out.field(in.t("training.dates"), period == null ? in.t("training.dates.none") : period);
            if (t.certification() != null) {
                out.field(in.t("training.certification"), t.certification());
            }
            out.field(in.t("training.apply"), apply(t, in));
        }
        List<PlanTraining> others = plan.otherTrainings();
        int shown = Math.min(others.size(), t == null ? Math.max(1, d.otherTrainings()) : d.otherTrainings());
        if (shown > 0) {
            out.paragraph(List.of(Span.strong(in.t(t == null ? "training.others.noneChosen" : "training.others"))));
            for (PlanTraining o : others.subList(0, shown)) {
                String start = o.start() == null ? in.t("training.start.none") : in.t("training.start", in.date(o.start()));
                out.bullet(BULLET, List.of(Span.strong(o.title()), Span.of(" — " + (o.provider() == null ? "" : o.provider() + ", ")
                        + place(o, plan.situation(), in) + ", " + start + leftToPay(o, in) + ".")));
            }
        }
        more(out, plan.trainingsFound() - (t == null ? 0 : 1) - shown, "training.more", in);
    }

    /** ", rien à payer pour vous", ", reste à payer 490 €": what is left for her, never the price of a bought place. */
    private static String leftToPay(PlanTraining o, PlanLanguage in) {
        Long left = o.funding().remainingCents();
        if (left == null) {
            return o.costCents() == null ? "" : in.t("training.leftToPay.price", in.money(o.costCents()));
        }
        return left == 0 ? in.t("training.leftToPay.none") : in.t("training.leftToPay", in.money(left));
    }

    private static String place(PlanTraining t, ActionPlan.Situation home, PlanLanguage in) {
        if (t.city() == null && t.distanceKm() == null) {
            return in.t(t.remote() ? "place.remote" : "place.unknown");
        }
        String how = t.distanceKm() == null ? ""
                : home.communeInsee().equals(t.communeInsee()) ? in.t("place.home")
                : in.t("place.distance", in.km(t.distanceKm()));
        return (t.city() == null ? "" : t.city()) + how + (t.remote() ? in.t("place.remotePossible") : "");
    }

    private static String apply(PlanTraining t, PlanLanguage in) {
        TrainingContact c = t.contact();
        String who = t.provider() == null ? in.t("apply.provider") : t.provider();
        if (c == null || c.address() == null && c.entryConditions() == null) {
            return in.t("apply.contact", who, t.city() == null ? "" : in.t("apply.contact.in", t.city()));
        }
        return (c.address() == null ? in.t("apply.contactOnly", who) : in.t("apply.address", c.address()))
                + (c.entryConditions() == null ? "" : in.t("apply.entry", c.entryConditions().strip()));
    }

    private static void funding(PlanTraining t, PdfItems out, Detail d, PlanLanguage in) throws IOException {
        if (t == null) {
            return;
        }
        PlanFunding f = t.funding();
        out.heading(in.t("heading.funding"));
        out.field(in.t("funding.price"), f.priceCents() == null ? in.t("funding.price.none") : in.money(f.priceCents()));
        List<FundingLine> lines = f.lines();
        for (FundingLine l : lines.subList(0, Math.min(lines.size(), d.fundingLines()))) {
            String amount = AnswerFunding.amount(l, in);
            out.field(l.payer(), (amount.isEmpty() ? "" : amount + ", ") + in.t("status." + l.status().name())
                    + (l.note() == null ? "" : (in.english() ? ": " : " : ") + l.note()));
        }
        more(out, lines.size() - d.fundingLines(), "funding.more", in);
        boolean lower = f.remainingCents() != null && f.possibleRemainingCents() != null && f.possibleRemainingCents() < f.remainingCents();
        out.field(in.t("funding.remaining"), List.of(Span.strong(f.remainingCents() == null ? in.t("funding.remaining.unknown")
                        : in.money(f.remainingCents())),
                Span.of(lower ? (in.english() ? "; " : " ; ") : ""), Span.strong(lower ? in.money(f.possibleRemainingCents()) : ""),
                Span.of(lower ? in.t("funding.remaining.ifGranted") : "")));
        if (f.pay() != null) {
            out.field(in.t("funding.pay"), in.t("funding.pay.text", PlainWords.lowerFirst(f.pay())));
        }
        for (String q : f.questions().subList(0, Math.min(f.questions().size(), d.fundingLines()))) {
            out.bullet("?", q);
        }
        if (f.basis() != null) {
            out.small(f.basis());
        }
    }

    private static void companies(ActionPlan plan, PdfItems out, Detail d, PlanLanguage in) throws IOException {
        out.heading(in.t("heading.companies"));
        String radius = in.t("plan.radius", plan.situation().radiusKm());
        if (plan.companies().isEmpty()) {
            out.paragraph(in.t("companies.none", radius));
            return;
        }
        int shown = Math.min(plan.companies().size(), d.companies());
        for (PlanCompany c : plan.companies().subList(0, shown)) {
            out.bullet(BULLET, List.of(Span.strong(c.name()), Span.of(in.t("companies.line", c.commune(), in.km(c.distanceKm()), c.why()))));
        }
        int left = plan.companiesFound() - shown;
        if (left > 0) {
            out.continuation(in.t("plan.more", in.integer(left), in.count("companies.more", left, radius)));
        }
    }

    /**
     * The live offers as the path shows them, always with the day they were fetched (an offer seen a month ago may be
     * filled); nothing when the cache holds no offers. At most {@code LiveOffers.SHOWN} lines: the list never grows.
     */
    private static void offers(PlanOffers offers, PdfItems out, PlanLanguage in) throws IOException {
        if (offers == null) {
            return;
        }
        out.heading(in.t("heading.offers"));
        out.paragraph(offers.summary() + (offers.latest().isEmpty() ? "." : in.t("offers.latest")));
        for (PlanOffers.PlanOffer o : offers.latest()) {
            String rest = o.line().substring(o.title().length());
            out.bullet(BULLET, List.of(Span.strong(o.title()), Span.of(rest + ".")));
        }
    }

    /** "… et 3 autres formations trouvées": {@code key.one} / {@code key.many} after the count. */
    private static void more(PdfItems out, int left, String key, PlanLanguage in) throws IOException {
        if (left > 0) {
            out.continuation(in.t("plan.more", in.integer(left), in.count(key, left)));
        }
    }
}
