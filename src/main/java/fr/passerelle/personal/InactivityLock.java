package fr.passerelle.personal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the personal data locks itself: after {@code timeout} without a key press or a click (default 10 minutes),
 * so that a workstation left open in a shared office shows nobody's file. The window reports activity with
 * {@link #touch()} and asks {@link #due()} on a timer; the clock is injected so tests need no waiting.
 */
public final class InactivityLock {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final Clock clock;
    private final Duration timeout;
    private Instant lastActivity;

    public InactivityLock(Clock clock, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("délai de verrouillage nul ou négatif : " + timeout);
        }
        this.clock = clock;
        this.timeout = timeout;
        this.lastActivity = clock.instant();
    }

    public synchronized void touch() {
        lastActivity = clock.instant();
    }

    /** True when nothing happened for at least the timeout. */
    public synchronized boolean due() {
        return !clock.instant().isBefore(lastActivity.plus(timeout));
    }

    public Duration timeout() {
        return timeout;
    }
}
