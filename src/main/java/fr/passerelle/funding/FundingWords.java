package fr.passerelle.funding;

import fr.passerelle.engine.words.MessageRenderer;
import java.util.List;
import java.util.Optional;

/**
 * The small pieces of an answer that the path text, the window and the printed plan all say the same way: who pays (a
 * short name), the condition that decides a scheme's status, and what is left for her when a place bought for her
 * covers a price that is not published (0 €, certain: never "unknown", never a price).
 */
public final class FundingWords {
    private FundingWords() {
    }

    /** "CPF", "AIF de France Travail", "achat collectif de places", else the scheme's label. */
    public static String payer(SchemeAnswer s) {
        return payer(s, MessageRenderer.french());
    }

    /** Who pays, short, in the renderer's language ("AIF (France Travail's individual training aid)"). */
    public static String payer(SchemeAnswer s, MessageRenderer in) {
        return in.render(FundingMessages.payer(s));
    }

    /**
     * What is left for her for sure: the certain remainder, or 0 when a certain scheme pays the whole price whatever it
     * is (a place bought for her, price not published). Null only when it cannot be known.
     */
    public static Long certainToPay(FundingAnswer a) {
        return a.certainRemainingCents() == null && a.coveredInFull() ? Long.valueOf(0) : a.certainRemainingCents();
    }

    /** What would be left if the possible schemes were granted; 0 with a bought place; null when unknown. */
    public static Long possibleToPay(FundingAnswer a) {
        return a.possibleRemainingCents() == null && a.coveredInFull() ? Long.valueOf(0) : a.possibleRemainingCents();
    }

    /** The certain scheme that pays the whole price whatever it is (a bought place), when there is one. */
    public static Optional<SchemeAnswer> covering(FundingAnswer a) {
        if (!a.coveredInFull()) {
            return Optional.empty();
        }
        return a.schemes().stream().filter(s -> s.status() == SchemeStatus.CERTAIN && (a.priceCents() == null
                || s.amountCents() != null && s.amountCents().equals(a.priceCents()))).findFirst();
    }

    /** The possible schemes that could lower what is left (amount above 0), in the order they apply. */
    public static List<SchemeAnswer> possible(FundingAnswer a) {
        return a.schemes().stream().filter(s -> s.status() == SchemeStatus.POSSIBLE && s.amountCents() != null
                && s.amountCents() > 0).toList();
    }

    /**
     * The condition that decides the scheme's status: the first one not met for {@code not_eligible}, the first one
     * whose answer is missing for {@code unknown}; empty for a certain or possible scheme (all its conditions hold).
     */
    public static Optional<ConditionCheck> deciding(SchemeAnswer s) {
        Boolean wanted = switch (s.status()) {
            case NOT_ELIGIBLE -> Boolean.FALSE;
            case UNKNOWN -> null;
            default -> Boolean.TRUE;
        };
        if (wanted == Boolean.TRUE) {
            return Optional.empty();
        }
        return s.conditions().stream().filter(c -> wanted == null ? c.met() == null : Boolean.FALSE.equals(c.met()))
                .findFirst().map(FundingWords::innermost);
    }

    /** "Reconnaissance de la qualité de travailleur handicapé (RQTH) : non renseigné", "Durée de 400 h au plus : 525 h". */
    public static String condition(ConditionCheck c) {
        return condition(c, MessageRenderer.french());
    }

    /** The same in the renderer's language: the condition's text is the rules' own, the value and unit are said. */
    public static String condition(ConditionCheck c, MessageRenderer in) {
        return in.render(FundingMessages.condition(c));
    }

    /** In a group ("any"/"all") that decides, its single deciding part when there is one, else the group itself. */
    private static ConditionCheck innermost(ConditionCheck c) {
        List<ConditionCheck> same = c.details().stream().filter(d -> java.util.Objects.equals(d.met(), c.met())).toList();
        return same.size() == 1 && c.met() != null ? innermost(same.get(0)) : c;
    }
}
