package fr.passerelle.domain.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an action runs ("session" in LHEO). Dates keep the source's precision: a session announced for
 * "March 2027" starts on 2027-03-01 with precision MONTH. The end is never before the start when both are known.
 *
 * @param registrationState LHEO etat-recrutement: 1 open, 2 closed, 3 suspended; null when not given
 */
public record TrainingSession(String sessionId, String actionId, LocalDate startDate, DatePrecision startPrecision,
                              LocalDate endDate, DatePrecision endPrecision, Integer registrationState) {
    public TrainingSession {
        Checks.id("session", sessionId);
        Checks.id("action", actionId);
        LheoDate start = new LheoDate(startDate, Objects.requireNonNull(startPrecision, "startPrecision"));
        LheoDate end = new LheoDate(endDate, Objects.requireNonNull(endPrecision, "endPrecision"));
        if (start.isKnown() && end.isKnown() && end.latest().isBefore(start.earliest())) {
            throw new IllegalArgumentException("fin " + end + " antérieure au début " + start);
        }
        if (registrationState != null && (registrationState < 1 || registrationState > 3)) {
            throw new IllegalArgumentException("état du recrutement " + registrationState
                    + " inconnu (1 ouvert, 2 fermé, 3 suspendu)");
        }
    }

    public TrainingSession(String sessionId, String actionId, LheoDate start, LheoDate end, Integer registrationState) {
        this(sessionId, actionId, start.date(), start.precision(), end.date(), end.precision(), registrationState);
    }

    public LheoDate start() {
        return new LheoDate(startDate, startPrecision);
    }

    public LheoDate end() {
        return new LheoDate(endDate, endPrecision);
    }
}
