package fr.passerelle.funding;

import fr.passerelle.engine.words.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who pays what for one session, for her, on a date. Money in cents; every amount is null when the price is unknown.
 * {@code certainRemainingCents}: what is left for her after the certain schemes (CPF participation included);
 * {@code possibleRemainingCents}: what would be left if every possible scheme were granted up to its ceiling
 * (never more than the certain remainder). {@code questions}: what to ask, whose answers could change the result.
 * {@code coveredInFull}: a certain scheme pays the whole price whatever it is (a place bought for her), so she pays
 * nothing even when the price is unknown (the amounts stay null then). {@code notes}: caveats on the figures used (an amount carried over from an earlier year). {@code session}: what the
 * answer was computed for, so that it can be computed again with another answer (e.g. to the RQTH question).
 * {@code noteMessages}: the notes as messages (French: {@code notes}), to say them in the reader's language.
 */
public record FundingAnswer(LocalDate on, String rulesVersion, FundingSession session, List<SchemeAnswer> schemes,
                            Long certainRemainingCents, Long possibleRemainingCents, Long participationCents,
                            boolean coveredInFull, PayEstimate pay, List<String> questions, List<String> notes,
                            List<Message> noteMessages) {
    public FundingAnswer {
        schemes = List.copyOf(schemes);
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
        noteMessages = noteMessages == null ? notes.stream().map(FundingMessages::data).toList() : List.copyOf(noteMessages);
    }

    /** An answer whose notes are texts as written ({@code noteMessages} then says them as they are). */
    public FundingAnswer(LocalDate on, String rulesVersion, FundingSession session, List<SchemeAnswer> schemes,
                         Long certainRemainingCents, Long possibleRemainingCents, Long participationCents,
                         boolean coveredInFull, PayEstimate pay, List<String> questions, List<String> notes) {
        this(on, rulesVersion, session, schemes, certainRemainingCents, possibleRemainingCents, participationCents, coveredInFull,
                pay, questions, notes, null);
    }

    /** The session's price, null when unknown. */
    public Long priceCents() {
        return session.priceCents();
    }

    public Optional<SchemeAnswer> scheme(String id) {
        return schemes.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The schemes that pay something for her, certain first (as they apply). */
    public List<SchemeAnswer> payers() {
        return schemes.stream().filter(s -> s.amountCents() != null && s.amountCents() > 0
                        && (s.status() == SchemeStatus.CERTAIN || s.status() == SchemeStatus.POSSIBLE))
                .sorted(java.util.Comparator.comparing(SchemeAnswer::status)).toList();
    }
}
