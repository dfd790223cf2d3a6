package fr.passerelle.funding;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import java.time.LocalDate;

/**
 * What she may live on during the training: an estimate to discuss, never a promise. {@code scheme} null when no pay
 * rule applies or an answer is missing; {@code monthlyCents} null when the amount is hers (AREF = her ARE) or unknown.
 *
 * @param asOf the date from which the amount is in force (shown with the figure)
 */
public record PayEstimate(String scheme, String label, Long monthlyCents, String source, LocalDate asOf, String note,
                          Message noteMessage) {
    /** {@code note} is the French text (JSON, plan); {@code noteMessage} the same said in any language. */
    public PayEstimate {
        if (noteMessage == null && note != null) {
            noteMessage = FundingMessages.data(note);
        }
    }

    /** An estimate whose note is a text as written (the rules' own note). */
    public PayEstimate(String scheme, String label, Long monthlyCents, String source, LocalDate asOf, String note) {
        this(scheme, label, monthlyCents, source, asOf, note, null);
    }

    /** An estimate whose note is ours: the French {@code note} is the message said in French (one wording). */
    static PayEstimate of(String scheme, String label, Long monthlyCents, String source, LocalDate asOf, Message note) {
        return new PayEstimate(scheme, label, monthlyCents, source, asOf, MessageRenderer.french().render(note), note);
    }
}
