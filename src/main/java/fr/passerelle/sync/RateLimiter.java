package fr.passerelle.sync;

import java.time.Duration;

/**
 * Spaces requests client-side so that an API's published rate is never exceeded (10 per second for offers, 1 per
 * second for ROME 4.0): each call waits until the interval since the previous one has passed.
 */
public final class RateLimiter {
    /** Nanosecond time source, replaceable in tests. */
    @FunctionalInterface
    public interface Ticker {
        long nanos();
    }

    private final long intervalNanos;
    private final Ticker ticker;
    private final RetryPolicy.Sleeper sleeper;
    private long next = Long.MIN_VALUE;

    public RateLimiter(double perSecond, Ticker ticker, RetryPolicy.Sleeper sleeper) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("débit invalide : " + perSecond);
        }
        this.intervalNanos = (long) (1_000_000_000L / perSecond);
        this.ticker = ticker;
        this.sleeper = sleeper;
    }

    public static RateLimiter perSecond(double rate) {
        return new RateLimiter(rate, System::nanoTime, RetryPolicy.REAL_SLEEP);
    }

    /** Blocks until a request may go. */
    public synchronized void acquire() throws InterruptedException {
        long now = ticker.nanos();
        if (next != Long.MIN_VALUE && now < next) {
            sleeper.sleep(Duration.ofNanos(next - now));
            now = next;
        }
        next = now + intervalNanos;
    }
}
