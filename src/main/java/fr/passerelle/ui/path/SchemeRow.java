package fr.passerelle.ui.path;

import fr.passerelle.funding.ConditionCheck;
import fr.passerelle.funding.FundingWords;
import fr.passerelle.funding.SchemeAnswer;
import fr.passerelle.funding.SchemeStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * One scheme of the funding panel: who, its status with the amount ("acquis : 500 €", "possible jusqu'à 490 €", "à
 * vérifier", "non"), the condition that decides it, and its source (a tooltip). {@code kind} is the style of the
 * status: {@code certain}, {@code possible}, {@code unknown}, {@code no}.
 */
public record SchemeRow(String id, String payer, String status, String kind, String decides, String source) {

    static SchemeRow of(SchemeAnswer s) {
        String kind = FundingText.paysNothing(s) ? "no" : switch (s.status()) {
            case CERTAIN -> "certain";
            case POSSIBLE -> "possible";
            case UNKNOWN -> "unknown";
            case NOT_ELIGIBLE -> "no";
        };
        return new SchemeRow(s.id(), s.label(), FundingText.status(s), kind, decides(s), s.source());
    }

    /**
     * The condition that decides, with the value used: the one not met ("✗ …"), the one whose answer is missing
     * ("? … : non renseigné"); for a possible scheme, who decides (the rule's note); for a certain one, the conditions
     * that hold ("✓ …").
     */
    static String decides(SchemeAnswer s) {
        if (s.status() == SchemeStatus.NOT_ELIGIBLE || s.status() == SchemeStatus.UNKNOWN) {
            return FundingWords.deciding(s).map(c -> (s.status() == SchemeStatus.UNKNOWN ? "? " : "✗ ") + FundingWords.condition(c))
                    .orElse(s.note() == null ? "" : s.note());
        }
        if (s.status() == SchemeStatus.POSSIBLE && s.note() != null) {
            return s.note();
        }
        List<String> held = new ArrayList<>();
        for (ConditionCheck c : s.conditions()) {
            held.add("✓ " + FundingWords.condition(c));
        }
        return String.join(" ; ", held);
    }
}
