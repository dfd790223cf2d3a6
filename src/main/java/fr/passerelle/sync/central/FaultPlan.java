package fr.passerelle.sync.central;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults the local central server injects, for demonstrations and tests of the sync: a latency before each answer;
 * the first {@code cuts} file downloads cut after {@code cutAfterBytes} bytes; every {@code throttleEvery}-th request
 * answered 429 with Retry-After; every {@code failEvery}-th answered 503; the first {@code garbled} file downloads
 * with bytes changed; every {@code malformedEvery}-th JSON answer broken; tokens that expire after
 * {@code tokenSeconds}; every {@code ackLossEvery}-th pushed item stored but its acknowledgement lost (connection cut).
 * Zero turns a fault off.
 */
public record FaultPlan(long latencyMillis, long cutAfterBytes, int cuts, int throttleEvery, int retryAfterSeconds,
                        int failEvery, int garbled, int malformedEvery, int tokenSeconds, int ackLossEvery, Counters counters) {

    public static FaultPlan none() {
        return new FaultPlan(0, 0, 0, 0, 1, 0, 0, 0, 1499, 0, new Counters());
    }

    /** Counts kept across requests (the server is multi-threaded). */
    public static final class Counters {
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger cutsDone = new AtomicInteger();
        final AtomicInteger garbledDone = new AtomicInteger();
        final AtomicInteger jsonAnswers = new AtomicInteger();
        final AtomicInteger pushes = new AtomicInteger();
        final AtomicInteger resumed = new AtomicInteger();

        /** Downloads asked from a given byte (HTTP Range): resumptions. */
        public int resumedDownloads() {
            return resumed.get();
        }

        /** Downloads cut on purpose so far. */
        public int cutDownloads() {
            return cutsDone.get();
        }
    }

    boolean loseAckNow() {
        return ackLossEvery > 0 && counters.pushes.incrementAndGet() % ackLossEvery == 0;
    }

    boolean throttleNow(int request) {
        return throttleEvery > 0 && request % throttleEvery == 0;
    }

    boolean failNow(int request) {
        return failEvery > 0 && request % failEvery == 0;
    }

    /** Bytes to send before cutting this download, or -1 for none. */
    long cutThisDownload() {
        return cutAfterBytes > 0 && counters.cutsDone.get() < cuts ? cutAfterBytes : -1;
    }

    void cutDone() {
        counters.cutsDone.incrementAndGet();
    }

    boolean garbleThisDownload() {
        return garbled > 0 && counters.garbledDone.getAndIncrement() < garbled;
    }

    boolean malformNow() {
        return malformedEvery > 0 && counters.jsonAnswers.incrementAndGet() % malformedEvery == 0;
    }
}
