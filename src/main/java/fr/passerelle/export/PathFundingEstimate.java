package fr.passerelle.export;

import static fr.passerelle.export.FrenchFormat.money;

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
        List<FundingLine> lines = new ArrayList<>();
        List<String> howToAsk = new ArrayList<>();
        List<String> collective = o.funders().stream().filter(COLLECTIVE::contains).toList();
        if (!collective.isEmpty()) {
            String who = String.join(", ", collective);
            lines.add(new FundingLine(who, null, FundingLine.Status.POSSIBLE,
                    "places financées, la formation peut être gratuite pour vous (à confirmer)"));
            howToAsk.add("Demander à votre conseiller·ère France Travail une place financée (" + who + ")");
        }
        if (cpfCents > 0) {
            Long used = o.costCents() == null ? Long.valueOf(cpfCents) : Long.valueOf(Math.min(cpfCents, o.costCents()));
            boolean eligible = Boolean.TRUE.equals(o.cpfEligible());
            lines.add(new FundingLine("Votre CPF", used,
                    eligible ? FundingLine.Status.POSSIBLE : FundingLine.Status.UNKNOWN,
                    eligible ? "formation éligible ; c'est vous qui en faites la demande"
                            : "le catalogue ne dit pas si la formation est éligible au CPF"));
            howToAsk.add(eligible ? "Faire la demande sur moncompteformation.gouv.fr (solde CPF : " + money(cpfCents) + ")"
                    : "Vérifier sur moncompteformation.gouv.fr que la formation est éligible au CPF (solde : " + money(cpfCents) + ")");
        }
        Long remaining = o.remainingCents();
        if (o.costCents() == null) {
            howToAsk.add("Demander son prix à l'organisme" + (o.provider() == null ? "" : " (" + o.provider() + ")"));
        } else if (remaining != null && remaining > budgetCents) {
            howToAsk.add("Demander à votre conseiller·ère les aides possibles pour le reste à payer (" + money(remaining) + ")");
        }
        String basis = o.costCents() == null ? "Prix non indiqué par le catalogue : le reste à payer n'est pas connu."
                : "Estimation : prix moins votre solde CPF" + (collective.isEmpty() ? "." : " ; avec une place financée par "
                + String.join(", ", collective) + ", la formation ne vous coûte rien.");
        // A place bought by a public funder is free for a job seeker (issue 9): what is left if she gets one is 0.
        Long possible = collective.isEmpty() || o.costCents() == null ? null : Long.valueOf(0);
        return new PlanFunding(o.costCents(), lines, remaining, possible, List.of(), howToAsk, basis);
    }
}
