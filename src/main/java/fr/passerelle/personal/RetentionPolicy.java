package fr.passerelle.personal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * How long a job seeker's file is kept: {@code keep} (default 12 months) after the end of support. The end of support
 * is the date recorded for it when there is one, else the last time the file was touched (an edit, a note, a saved
 * path): a file nobody opened for a year is no longer needed. A later activity always counts (a person who comes back
 * after her support ended is followed again).
 */
public record RetentionPolicy(Period keep) {
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Period.ofMonths(12));

    public RetentionPolicy {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("durée de conservation nulle ou négative : " + keep);
        }
    }

    /** The first day the file may be purged. */
    public LocalDate purgeFrom(Instant lastActivity, LocalDate supportEnd, ZoneId zone) {
        LocalDate touched = LocalDate.ofInstant(lastActivity, zone);
        LocalDate end = supportEnd != null && supportEnd.isAfter(touched) ? supportEnd : touched;
        return end.plus(keep);
    }

    public boolean expired(Instant lastActivity, LocalDate supportEnd, Instant now, ZoneId zone) {
        return !LocalDate.ofInstant(now, zone).isBefore(purgeFrom(lastActivity, supportEnd, zone));
    }
}
