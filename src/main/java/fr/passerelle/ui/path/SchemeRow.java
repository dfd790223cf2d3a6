package fr.passerelle.ui.path;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.ConditionCheck;
import fr.passerelle.funding.FundingMessages;
import fr.passerelle.funding.FundingWords;
import fr.passerelle.funding.SchemeAnswer;
import fr.passerelle.funding.SchemeStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * One scheme of the funding panel: who, its status with the amount ("acquis : 500 €", "possible jusqu'à 490 €", "à
 * vérifier", "non"), the condition that decides it, and its source (a tooltip). {@code kind} is the style of the
 * status: {@code certain}, {@code possible}, {@code unknown}, {@code no}. The scheme's name, the conditions' texts, the
 * notes and sources are the rules file's own words; the status and the values are said in the window's language.
 */
public record SchemeRow(String id, String payer, String status, String kind, String decides, String source) {

    static SchemeRow of(SchemeAnswer s) {
        return of(s, MessageRenderer.french());
    }

    static SchemeRow of(SchemeAnswer s, MessageRenderer in) {
        String kind = FundingText.paysNothing(s) ? "no" : switch (s.status()) {
            case CERTAIN -> "certain";
            case POSSIBLE -> "possible";
            case UNKNOWN -> "unknown";
            case NOT_ELIGIBLE -> "no";
        };
        return new SchemeRow(s.id(), s.label(), FundingText.status(s, in), kind, decides(s, in), s.source());
    }

    static String decides(SchemeAnswer s) {
        return decides(s, MessageRenderer.french());
    }

    /**
     * The condition that decides, with the value used: the one not met ("✗ …"), the one whose answer is missing
     * ("? … : non renseigné"); for a possible scheme, who decides (the rule's note); for a certain one, the conditions
     * that hold ("✓ …").
     */
    static String decides(SchemeAnswer s, MessageRenderer in) {
        if (s.status() == SchemeStatus.NOT_ELIGIBLE || s.status() == SchemeStatus.UNKNOWN) {
            String mark = s.status() == SchemeStatus.UNKNOWN ? "funding.condition.missing" : "funding.condition.notMet";
            return FundingWords.deciding(s).map(c -> in.render(Message.of(mark, Param.of(FundingMessages.condition(c)))))
                    .orElse(s.note() == null ? "" : s.note());
        }
        if (s.status() == SchemeStatus.POSSIBLE && s.note() != null) {
            return s.note();
        }
        List<Message> held = new ArrayList<>();
        for (ConditionCheck c : s.conditions()) {
            held.add(Message.of("funding.condition.met", Param.of(FundingMessages.condition(c))));
        }
        return in.render(Message.of("funding.amount", Param.joined(held)));
    }
}
