package fr.passerelle.export;

import java.util.List;

/**
 * Who pays what for one training, as the plan prints it. Today it is built from the path ({@link #fromPath}): the
 * price, her CPF balance and the funders the catalogue names. The funding engine (issue 9) will build the same record
 * from its answer: one {@link FundingLine} per scheme with its status, the certain and possible remainders, the
 * questions still to ask and how to ask for each aid. Nothing else in the plan has to change for that.
 *
 * @param priceCents             the training's price, null when unknown
 * @param remainingCents         what is left for her for sure on this basis (null when unknown)
 * @param possibleRemainingCents what would be left if the possible aids were granted (null when not computed)
 * @param questions              what to find out, whose answer would change the result
 * @param howToAsk               what to do to get each aid, in order ("Demander à … une place financée")
 * @param basis                  how the figures were obtained, in plain words (printed under the table)
 */
public record PlanFunding(Long priceCents, List<FundingLine> lines, Long remainingCents, Long possibleRemainingCents,
                          List<String> questions, List<String> howToAsk, String basis) {
    public PlanFunding {
        lines = List.copyOf(lines);
        questions = List.copyOf(questions);
        howToAsk = List.copyOf(howToAsk);
    }
}
