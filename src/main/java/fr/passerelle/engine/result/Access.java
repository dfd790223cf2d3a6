package fr.passerelle.engine.result;

import java.util.List;

/**
 * How one enters the target occupation. {@code regulated}: a diploma, licence or card is legally required (the ROME
 * flag, or our sourced table). {@code requirement}, {@code usualLength}, {@code reference} and {@code source} come
 * from that table (null when it has no row); {@code romeText} is the ROME's own text on access to the occupation
 * (empty when the cache has none). {@code entryLevel} is the lowest national-framework level the text names (null
 * when it names none); {@code openAccess} is true when the text says the job is open without a diploma.
 */
public record Access(boolean regulated, String requirement, String usualLength, Integer usualMonths, String reference,
                     String source, List<String> romeText, Integer entryLevel, boolean openAccess) {
    public Access {
        romeText = romeText == null ? List.of() : List.copyOf(romeText);
    }

    /** Nothing known: not regulated, no text. */
    public static final Access UNKNOWN = new Access(false, null, null, null, null, null, List.of(), null, false);
}
