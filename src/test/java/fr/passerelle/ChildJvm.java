package fr.passerelle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second Passerelle process for tests: a JVM on this test run's class path, whose stderr lines can be awaited one
 * by one (the crash test kills it on a {@code @@phase} line) while its stdout is collected.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> errLines = new LinkedBlockingQueue<>();
    private final List<String> err = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private final Thread errReader;
    private final Thread outReader;

    private ChildJvm(Process process) {
        this.process = process;
        this.errReader = pump(process.getErrorStream(), line -> {
            synchronized (err) {
                err.add(line);
            }
            errLines.add(line);
        });
        this.outReader = pump(process.getInputStream(), line -> {
            synchronized (out) {
                out.append(line).append('\n');
            }
        });
    }

    /** Starts {@code mainClass} with {@code jvmOptions} (system properties...) and {@code args}. */
    public static ChildJvm start(List<String> jvmOptions, Map<String, String> env, String mainClass, String... args)
            throws IOException {
        return new ChildJvm(new ProcessBuilder(command(jvmOptions, mainClass, args)), env);
    }

    /**
     * The same under a file-size limit ({@code ulimit -f}, in KB, through bash): a write past it fails with "File too
     * large", as on a full disk (the JVM ignores SIGXFSZ). Null where bash is not available.
     */
    public static ChildJvm startWithFileSizeLimit(long kb, List<String> jvmOptions, Map<String, String> env, String mainClass,
                                                  String... args) throws IOException {
        if (!Files.isExecutable(Path.of("/bin/bash"))) {
            return null;
        }
        StringBuilder line = new StringBuilder("ulimit -f " + kb + " && exec");
        for (String part : command(jvmOptions, mainClass, args)) {
            line.append(" '").append(part.replace("'", "'\\''")).append("'");
        }
        return new ChildJvm(new ProcessBuilder("/bin/bash", "-c", line.toString()), env);
    }

    private ChildJvm(ProcessBuilder builder, Map<String, String> env) throws IOException {
        this(start(builder, env));
    }

    private static Process start(ProcessBuilder builder, Map<String, String> env) throws IOException {
        builder.environment().putAll(env);
        return builder.start();
    }

    private static List<String> command(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Dorg.jooq.no-logo=true");
        command.add("-Dorg.jooq.no-tips=true");
        command.add("-Duser.home=" + System.getProperty("user.home"));
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dsun.stdout.encoding=UTF-8");
        command.add("-Dsun.stderr.encoding=UTF-8");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the Passerelle command line in a child JVM and waits for it. */
    public static ChildJvm cli(Map<String, String> env, String... args) throws IOException {
        return start(List.of(), env, "fr.passerelle.launcher.Main", args);
    }

    /** Waits for a stderr line starting with {@code prefix}; null when the process ended or the time ran out. */
    public String awaitErrLine(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = errLines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !process.isAlive() && errLines.isEmpty()) {
                return null;
            }
        }
        return null;
    }

    /** Waits for the end and returns the exit code (-1 when it did not end in time: it is then killed). */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            kill();
            return -1;
        }
        errReader.join(5_000);
        outReader.join(5_000);
        return process.exitValue();
    }

    /** SIGKILL on Linux and macOS (Process.destroyForcibly), then waits for the process to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String out() {
        synchronized (out) {
            return out.toString();
        }
    }

    public List<String> err() {
        synchronized (err) {
            return List.copyOf(err);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static Thread pump(java.io.InputStream stream, java.util.function.Consumer<String> sink) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "child-jvm-pump");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
