package fr.passerelle.personal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A growing wait after repeated wrong passphrases, on top of Argon2id's own cost: the first {@value #FREE_ATTEMPTS}
 * mistakes cost nothing (typos), then 2, 4, 8… seconds, at most {@link #MAX_DELAY}. A right passphrase resets it.
 * Held by the process (the window or one command), so it slows someone at the keyboard; a thief with the disk
 * faces Argon2id instead.
 */
public final class UnlockThrottle {
    static final int FREE_ATTEMPTS = 2;
    static final Duration MAX_DELAY = Duration.ofSeconds(60);

    private final Clock clock;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    public UnlockThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long before the next attempt is accepted (zero when it is). */
    public synchronized Duration waitRemaining() {
        Instant now = clock.instant();
        return now.isBefore(nextAttempt) ? Duration.between(now, nextAttempt) : Duration.ZERO;
    }

    public synchronized void failed() {
        failures++;
        nextAttempt = clock.instant().plus(delayAfter(failures));
    }

    public synchronized void succeeded() {
        failures = 0;
        nextAttempt = Instant.MIN;
    }

    public synchronized int failures() {
        return failures;
    }

    /** The wait imposed after the n-th consecutive failure. */
    static Duration delayAfter(int failures) {
        if (failures <= FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 6);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
