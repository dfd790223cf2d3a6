package fr.passerelle.export;

import java.util.List;

/**
 * Who pays what for one training, as the plan prints it: built from the funding engine's answer that each training
 * of the path carries ({@link AnswerFunding}): one {@link FundingLine} per scheme with its status, the certain and
 * possible remainders, the questions still to ask, how to ask for each aid and her pay during the training. A
 * training without an answer (a path computed without funding rules) gets the path's estimate
 * ({@link PathFundingEstimate}) instead.
 *
 * @param priceCents             the training's price, null when unknown
 * @param remainingCents         what is left for her for sure on this basis (null when unknown)
 * @param possibleRemainingCents what would be left if the possible aids were granted (null when not computed)
 * @param questions              what to find out, whose answer would change the result
 * @param howToAsk               what to do to get each aid, in order ("Demander à … une place financée")
 * @param basis                  how the figures were obtained, in plain words (printed under the table)
 * @param pay                    what she may live on during the training, with its source, or null when not known
 */
public record PlanFunding(Long priceCents, List<FundingLine> lines, Long remainingCents, Long possibleRemainingCents,
                          List<String> questions, List<String> howToAsk, String basis, String pay) {
    public PlanFunding {
        lines = List.copyOf(lines);
        questions = List.copyOf(questions);
        howToAsk = List.copyOf(howToAsk);
    }

    /** Without the pay during the training. */
    public PlanFunding(Long priceCents, List<FundingLine> lines, Long remainingCents, Long possibleRemainingCents,
                       List<String> questions, List<String> howToAsk, String basis) {
        this(priceCents, lines, remainingCents, possibleRemainingCents, questions, howToAsk, basis, null);
    }
}
