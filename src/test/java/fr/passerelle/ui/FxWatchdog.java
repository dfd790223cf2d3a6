package fr.passerelle.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Fails a UI test when our code holds the JavaFX thread for more than {@link #LIMIT_MS}: a thread pings the FX thread
 * every few milliseconds; while a ping waits, it samples the FX thread's stack every 2 ms and adds up the time during
 * which the innermost frame that is not the JDK's is ours ({@code fr.passerelle}: our own work, or our own wait on
 * a lock, a future, a sleep). Over the limit within one ping, it is a block. Time spent in the toolkit's own layout
 * and CSS, or waiting for a busy machine's CPU, is not counted as ours; a ping late by more than four times the limit
 * for those reasons is printed as a stall, for information. While the FX thread runs our code, only the CPU time it
 * gets counts (a loaded machine that takes the core away is not our block); while it waits on our lock, future or sleep,
 * the whole wait counts. A cold JVM loading classes or linking call sites the
 * first time our code runs is not counted either (a one-off cost of the JVM, not work on the FX thread).
 */
public final class FxWatchdog implements AutoCloseable {
    public static final long LIMIT_MS = 50;
    private static final String OURS = "fr.passerelle.";

    private final Thread fxThread;
    private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    private final Thread sampler;
    private final List<String> blocks = new ArrayList<>();
    private final List<String> stalls = new ArrayList<>();
    private volatile boolean running = true;
    private volatile long pingSentNanos;
    private volatile boolean pingPending;

    private FxWatchdog(Thread fxThread) {
        this.fxThread = fxThread;
        this.sampler = new Thread(this::watch, "fx-watchdog");
        this.sampler.setDaemon(true);
        this.sampler.start();
    }

    /** Starts watching the JavaFX thread (call it off the FX thread). */
    public static FxWatchdog start() throws Exception {
        CompletableFuture<Thread> fx = new CompletableFuture<>();
        Platform.runLater(() -> fx.complete(Thread.currentThread()));
        return new FxWatchdog(fx.get(10, TimeUnit.SECONDS));
    }

    private void watch() {
        while (running) {
            pingSentNanos = System.nanoTime();
            pingPending = true;
            Platform.runLater(() -> pingPending = false);
            long oursNanos = 0;
            long last = System.nanoTime();
            long cpuLast = cpu.getThreadCpuTime(fxThread.getId());
            boolean reported = false;
            StackTraceElement[] worst = null;
            while (running && pingPending) {
                sleep(2);
                long now = System.nanoTime();
                Thread.State state = fxThread.getState();
                StackTraceElement[] stack = fxThread.getStackTrace();
                long cpuNow = cpu.getThreadCpuTime(fxThread.getId());
                if (pingPending && ours(stack)) {
                    long wall = now - last;
                    boolean computing = state == Thread.State.RUNNABLE && cpuNow >= 0 && cpuLast >= 0;
                    oursNanos += computing ? Math.min(wall, cpuNow - cpuLast) : wall;
                    worst = stack;
                }
                last = now;
                cpuLast = cpuNow;
                long waited = (now - pingSentNanos) / 1_000_000;
                if (!reported && oursNanos / 1_000_000 > LIMIT_MS) {
                    record(blocks, waited, oursNanos / 1_000_000, worst);
                    reported = true;
                } else if (!reported && waited > 4 * LIMIT_MS) {
                    record(stalls, waited, oursNanos / 1_000_000, stack);
                    reported = true;
                }
            }
            sleep(5);
        }
    }

    /**
     * True when the innermost frame outside the JDK is Passerelle's (not the watchdog's), unless the JVM is loading a
     * class or linking a call site for the first time: a one-off cost of a cold JVM, not work our code does.
     */
    private static boolean ours(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.equals("java.lang.invoke.MethodHandleNatives") || c.equals("java.lang.ClassLoader")
                    || c.startsWith("jdk.internal.loader.")) {
                return false;
            }
            if (!(c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun."))) {
                break;
            }
        }
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
                continue;
            }
            return c.startsWith(OURS) && !c.equals(FxWatchdog.class.getName()) && !c.startsWith(FxWatchdog.class.getName() + "$");
        }
        return false;
    }

    private synchronized void record(List<String> into, long waited, long oursMs, StackTraceElement[] stack) {
        StringBuilder s = new StringBuilder("FX thread late by " + waited + " ms, " + oursMs + " ms of it in our code, at:");
        Arrays.stream(stack).limit(25).forEach(f -> s.append("\n    at ").append(f));
        into.add(s.toString());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The times our code held the FX thread too long, with where. */
    public synchronized List<String> blocks() {
        return List.copyOf(blocks);
    }

    /** Late pings not caused by our code (printed for information). */
    public synchronized List<String> stalls() {
        return List.copyOf(stalls);
    }

    @Override
    public void close() {
        running = false;
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stalls().forEach(s -> System.err.println("[watchdog, not a failure] " + s));
    }
}
