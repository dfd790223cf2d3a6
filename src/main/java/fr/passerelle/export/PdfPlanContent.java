package fr.passerelle.export;

import static fr.passerelle.export.FrenchFormat.NBSP;
import static fr.passerelle.export.FrenchFormat.date;
import static fr.passerelle.export.FrenchFormat.km;
import static fr.passerelle.export.FrenchFormat.money;

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
        PdfItems out = new PdfItems(fonts, d.maxLines());
        out.title(plan.title());
        out.subtitle("Entretien du " + date(plan.interviewDate()) + " avec votre conseiller·ère"
                + (plan.personName() == null ? " — établi pour " + ActionPlan.NO_NAME : ""));
        if (plan.sampleNotice() != null) {
            out.warning(plan.sampleNotice());
        }
        project(plan, out);
        why(plan, out, d);
        training(plan, out, d);
        funding(plan.training(), out, d);
        companies(plan, out, d);
        offers(plan.offers(), out);
        out.heading("Vos prochaines étapes");
        List<NextStep> steps = plan.nextSteps();
        for (NextStep s : steps.subList(0, Math.min(steps.size(), d.steps()))) {
            List<Span> spans = new ArrayList<>();
            if (s.by() != null) {
                spans.add(Span.strong("Avant le " + date(s.by()) + " :"));
            }
            spans.add(Span.of(" " + s.text() + "."));
            out.bullet(BOX, spans);
        }
        more(out, steps.size() - d.steps(), "autre étape", "autres étapes");
        int tail = out.items().size();
        out.heading("D'où viennent ces informations");
        StringBuilder dates = new StringBuilder();
        for (DataDate dd : plan.dataDates()) {
            dates.append(dd.what()).append(" : ").append(dd.version() != null ? dd.version()
                    : dd.imported() == null ? "date inconnue" : "données importées le " + date(dd.imported())).append(". ");
        }
        out.small(dates + "Distances à vol d'oiseau depuis " + plan.situation().commune() + ". " + (plan.isSampleData()
                ? "Sources : données d'exemple fictives, aux formats des sources officielles."
                : "Sources : ROME de France Travail, indicateurs de tension DARES – France Travail, enquête BMO, "
                + "catalogues de formation des Carif-Oref, La Bonne Boite"
                + (plan.offers() == null ? "." : ", offres d'emploi en ligne de France Travail (API Offres d'emploi v2).")), 8);
        return new Content(out.items(), tail);
    }

    private static void project(ActionPlan plan, PdfItems out) throws IOException {
        ActionPlan.Situation s = plan.situation();
        out.heading("Votre projet");
        out.field("Métier visé", List.of(Span.strong(plan.occupation().label()),
                Span.of(" (code ROME " + plan.occupation().rome() + ")")));
        if (plan.occupation().when() != null) {
            out.field("Quand", PlainWords.upperFirst(plan.occupation().when()));
        }
        if (plan.occupation().required() != null) {
            out.field("Obligatoire", List.of(Span.strong("métier réglementé : "), Span.of(plan.occupation().required())));
        }
        out.field("Aujourd'hui", (s.currentLabel() == null ? s.currentRome() : s.currentLabel()) + ", "
                + s.commune() + (s.departement() == null ? "" : " (" + s.departement() + ")"));
        out.field("Vos conditions", "jusqu'à " + s.radiusKm() + NBSP + "km de chez vous ; niveau : " + s.levelLabel()
                + (s.maxHours() == null ? "" : " ; formation de " + FrenchFormat.hours(s.maxHours()) + " au plus")
                + " ; solde CPF : " + money(s.cpfCents()) + " ; vous pouvez payer : " + money(s.budgetCents())
                + (s.remote() ? " ; formation à distance acceptée" : ""));
    }

    private static void why(ActionPlan plan, PdfItems out, Detail d) throws IOException {
        out.heading("Pourquoi ce métier");
        List<String> why = plan.occupation().why();
        for (String w : why.subList(0, Math.min(why.size(), d.reasons()))) {
            out.bullet(BULLET, w);
        }
        if (d.skills() > 0) {
            skills(out, "Vous savez déjà", plan.occupation().skillsHeld(), d.skills());
            skills(out, "À apprendre", plan.occupation().skillsToLearn(), d.skills());
        }
    }

    private static void skills(PdfItems out, String label, List<String> skills, int max) throws IOException {
        if (skills.isEmpty()) {
            return;
        }
        List<String> some = skills.subList(0, Math.min(max, skills.size()));
        String shown = some.get(0) + some.stream().skip(1).map(s -> " ; " + PlainWords.lowerFirst(s)).collect(java.util.stream.Collectors.joining());
        int left = skills.size() - max;
        out.field(label, shown + (left > 0 ? " … et " + left + " autre" + (left > 1 ? "s" : "") : "") + ".");
    }

    private static void training(ActionPlan plan, PdfItems out, Detail d) throws IOException {
        PlanTraining t = plan.training();
        out.heading(t == null ? "Formation" : "La formation");
        if (t == null) {
            out.paragraph(plan.trainingNote());
        } else {
            out.field("Formation", List.of(Span.strong(t.title())));
            out.field("Organisme", t.provider() == null ? "non précisé dans le catalogue" : t.provider());
            out.field("Lieu", place(t, plan.situation()));
            if (t.hours() != null) {
                out.field("Durée", FrenchFormat.hours(t.hours()));
            }
            String period = FrenchFormat.period(t.start(), t.end());
            out.field("Dates", period == null ? "à demander à l'organisme" : period);
            if (t.certification() != null) {
                out.field("Certification", t.certification());
            }
            out.field("Pour s'inscrire", apply(t));
        }
        List<PlanTraining> others = plan.otherTrainings();
        int shown = Math.min(others.size(), t == null ? Math.max(1, d.otherTrainings()) : d.otherTrainings());
        if (shown > 0) {
            out.paragraph(List.of(Span.strong(t == null ? "Formations possibles si vous souhaitez vous former :" : "Autres possibilités :")));
            for (PlanTraining o : others.subList(0, shown)) {
                String start = o.start() == null ? "date à demander" : "début le " + date(o.start());
                out.bullet(BULLET, List.of(Span.strong(o.title()), Span.of(" — " + (o.provider() == null ? "" : o.provider() + ", ")
                        + place(o, plan.situation()) + ", " + start + leftToPay(o) + ".")));
            }
        }
        more(out, plan.trainingsFound() - (t == null ? 0 : 1) - shown, "autre formation trouvée", "autres formations trouvées");
    }

    /** ", rien à payer pour vous", ", reste à payer 490 €": what is left for her, never the price of a bought place. */
    private static String leftToPay(PlanTraining o) {
        Long left = o.funding().remainingCents();
        if (left == null) {
            return o.costCents() == null ? "" : ", prix " + money(o.costCents());
        }
        return left == 0 ? ", rien à payer pour vous" : ", reste à payer " + money(left);
    }

    private static String place(PlanTraining t, ActionPlan.Situation home) {
        if (t.city() == null && t.distanceKm() == null) {
            return t.remote() ? "à distance" : "lieu non précisé";
        }
        String how = t.distanceKm() == null ? ""
                : home.communeInsee().equals(t.communeInsee()) ? ", dans votre commune"
                : ", à " + km(t.distanceKm()) + " de chez vous";
        return (t.city() == null ? "" : t.city()) + how + (t.remote() ? " (à distance possible)" : "");
    }

    private static String apply(PlanTraining t) {
        TrainingContact c = t.contact();
        String who = t.provider() == null ? "l'organisme" : t.provider();
        if (c == null || c.address() == null && c.entryConditions() == null) {
            return "contacter " + who + (t.city() == null ? "" : " à " + t.city())
                    + " ; votre conseiller·ère peut vous donner ses coordonnées";
        }
        return (c.address() == null ? "contacter " + who : "écrire ou se présenter à " + c.address())
                + (c.entryConditions() == null ? "" : ". Conditions d'entrée : " + c.entryConditions().strip());
    }

    private static void funding(PlanTraining t, PdfItems out, Detail d) throws IOException {
        if (t == null) {
            return;
        }
        PlanFunding f = t.funding();
        out.heading("Qui paie quoi");
        out.field("Prix", f.priceCents() == null ? "non indiqué par le catalogue" : money(f.priceCents()));
        List<FundingLine> lines = f.lines();
        for (FundingLine l : lines.subList(0, Math.min(lines.size(), d.fundingLines()))) {
            String amount = AnswerFunding.amount(l);
            out.field(l.payer(), (amount.isEmpty() ? "" : amount + ", ") + l.status().label()
                    + (l.note() == null ? "" : " : " + l.note()));
        }
        more(out, lines.size() - d.fundingLines(), "autre aide", "autres aides");
        boolean lower = f.remainingCents() != null && f.possibleRemainingCents() != null && f.possibleRemainingCents() < f.remainingCents();
        out.field("Reste à payer", List.of(Span.strong(f.remainingCents() == null ? "inconnu" : money(f.remainingCents())),
                Span.of(lower ? " ; " : ""), Span.strong(lower ? money(f.possibleRemainingCents()) : ""),
                Span.of(lower ? " si les aides à demander sont accordées" : "")));
        if (f.pay() != null) {
            out.field("Vos revenus", "pendant la formation, " + PlainWords.lowerFirst(f.pay()));
        }
        for (String q : f.questions().subList(0, Math.min(f.questions().size(), d.fundingLines()))) {
            out.bullet("?", q);
        }
        if (f.basis() != null) {
            out.small(f.basis());
        }
    }

    private static void companies(ActionPlan plan, PdfItems out, Detail d) throws IOException {
        out.heading("Les entreprises à contacter");
        if (plan.companies().isEmpty()) {
            out.paragraph("Aucune entreprise connue à moins de " + plan.situation().radiusKm() + NBSP
                    + "km dans les données : votre conseiller·ère peut chercher plus loin ou dans d'autres secteurs.");
            return;
        }
        int shown = Math.min(plan.companies().size(), d.companies());
        for (PlanCompany c : plan.companies().subList(0, shown)) {
            out.bullet(BULLET, List.of(Span.strong(c.name()), Span.of(" — " + c.commune() + ", à " + km(c.distanceKm())
                    + ". " + c.why() + ".")));
        }
        more(out, plan.companiesFound() - shown, "autre entreprise à moins de " + plan.situation().radiusKm() + NBSP + "km",
                "autres entreprises à moins de " + plan.situation().radiusKm() + NBSP + "km");
    }

    /**
     * The live offers as the path shows them, always with the day they were fetched (an offer seen a month ago may be
     * filled); nothing when the cache holds no offers. At most {@code LiveOffers.SHOWN} lines: the list never grows.
     */
    private static void offers(PlanOffers offers, PdfItems out) throws IOException {
        if (offers == null) {
            return;
        }
        out.heading("Les offres d'emploi en ligne");
        out.paragraph(offers.summary() + (offers.latest().isEmpty() ? "." : ". Les plus récentes :"));
        for (PlanOffers.PlanOffer o : offers.latest()) {
            String rest = o.line().substring(o.title().length());
            out.bullet(BULLET, List.of(Span.strong(o.title()), Span.of(rest + ".")));
        }
    }

    private static void more(PdfItems out, int left, String one, String many) throws IOException {
        if (left > 0) {
            out.continuation("… et " + FrenchFormat.integer(left) + " " + (left == 1 ? one : many));
        }
    }
}
