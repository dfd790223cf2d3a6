package fr.passerelle.sync;

import java.time.Duration;
import java.util.Random;

/**
 * When to try a request again: only safe requests (GET, HEAD), on a cut connection, a 429 (after its Retry-After when
 * given) or a 5xx, at most {@code maxRetries} times, waiting an exponential, capped, jittered delay ("full jitter":
 * a random time up to the capped exponential, so that a thousand laptops cut at once do not come back together).
 */
public record RetryPolicy(int maxRetries, Duration base, Duration cap, Sleeper sleeper, Random random) {

    /** Waits; tests give one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public static final Sleeper REAL_SLEEP = d -> Thread.sleep(d.toMillis());

    /** 3 retries from 1 s, capped at 30 s (France Travail clients back off from 1 s, 3 retries: the spec, §6). */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), REAL_SLEEP, new Random());
    }

    public static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    public static boolean isRetriedStatus(int code) {
        return code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
    }

    /** The delay before retry number {@code attempt} (0 for the first retry). */
    public Duration backoff(int attempt) {
        long capped = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(capped <= 0 ? 0 : 1 + (long) (random.nextDouble() * capped));
    }

    /**
     * The delay a 429 or 503 asks for: its Retry-After in seconds (an HTTP date is not used by these APIs), capped so
     * that a server cannot park the sync for hours; else the backoff.
     */
    public Duration delay(int attempt, String retryAfter) {
        if (retryAfter != null) {
            try {
                long seconds = Long.parseLong(retryAfter.trim());
                if (seconds >= 0) {
                    return Duration.ofSeconds(Math.min(seconds, cap.toSeconds()));
                }
            } catch (NumberFormatException e) {
                // an HTTP date or garbage: fall back to our own backoff
            }
        }
        return backoff(attempt);
    }

    public void pause(Duration delay) throws SyncException {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("synchronisation interrompue", e);
        }
    }
}
