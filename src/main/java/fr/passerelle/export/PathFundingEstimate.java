package fr.passerelle.export;

import fr.passerelle.engine.result.TrainingOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Who pays what" from what the path knows before the funding engine exists: the price, her CPF balance and the
 * funders the catalogue names. It claims nothing it cannot know: a session bought by the Région or France Travail may
 * well be free for her, so those funders are a line "à demander" with no amount, and the remainder is the path's
 * estimate (price minus CPF), printed as an upper bound, with 0 € as what is left if a funded place is granted.
 */
final class PathFundingEstimate {
    /** Funders that buy places for job seekers (LHEO funder labels as the engine prints them). */
    private static final Set<String> COLLECTIVE = Set.of("Conseil régional", "France Travail", "Conseil départemental",
            "État", "État – emploi", "État – éducation nationale", "Collectivité territoriale", "Commune", "FSE",
            "Fonds européens", "Agefiph");

    private PathFundingEstimate() {
    }

    static PlanFunding of(TrainingOption o, long cpfCents, long budgetCents) {
        return of(o, cpfCents, budgetCents, PlanLanguage.FRENCH);
    }

    static PlanFunding of(TrainingOption o, long cpfCents, long budgetCents, PlanLanguage in) {
        List<FundingLine> lines = new ArrayList<>();
        List<String> howToAsk = new ArrayList<>();
        List<String> collective = o.funders().stream().filter(COLLECTIVE::contains).toList();
        if (!collective.isEmpty()) {
            String who = String.join(", ", collective);
            lines.add(new FundingLine(who, null, FundingLine.Status.POSSIBLE, in.t("estimate.collective")));
            howToAsk.add(in.t("estimate.collective.ask", who));
        }
        if (cpfCents > 0) {
            Long used = o.costCents() == null ? Long.valueOf(cpfCents) : Long.valueOf(Math.min(cpfCents, o.costCents()));
            boolean eligible = Boolean.TRUE.equals(o.cpfEligible());
            lines.add(new FundingLine(in.t("pay.cpf"), used,
                    eligible ? FundingLine.Status.POSSIBLE : FundingLine.Status.UNKNOWN,
                    in.t(eligible ? "estimate.cpf.eligible" : "estimate.cpf.unknown")));
            howToAsk.add(in.t(eligible ? "estimate.cpf.ask" : "estimate.cpf.check", in.money(cpfCents)));
        }
        Long remaining = o.remainingCents();
        if (o.costCents() == null) {
            howToAsk.add(in.t("funding.askPrice", o.provider() == null ? "" : " (" + o.provider() + ")"));
        } else if (remaining != null && remaining > budgetCents) {
            howToAsk.add(in.t("estimate.aids.ask", in.money(remaining)));
        }
        String basis = o.costCents() == null ? in.t("estimate.basis.noPrice")
                : in.t("estimate.basis", collective.isEmpty() ? in.t("estimate.basis.end")
                : in.t("estimate.basis.collective", String.join(", ", collective)));
        // A place bought by a public funder is free for a job seeker (issue 9): what is left if she gets one is 0.
        Long possible = collective.isEmpty() || o.costCents() == null ? null : Long.valueOf(0);
        return new PlanFunding(o.costCents(), lines, remaining, possible, List.of(), howToAsk, basis);
    }
}
