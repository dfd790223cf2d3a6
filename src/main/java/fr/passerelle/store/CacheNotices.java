package fr.passerelle.store;

import fr.passerelle.engine.words.Message;
import java.util.function.Consumer;

/**
 * What the cache says while it works before it can answer, for whoever shows it to a person: the command line prints
 * it on the error stream, the window in its status line. An upgrade of a national cache to a new schema takes minutes
 * once (benchmarks.md, "Integer dataset id"); without a word, a command would seem stuck. Process-wide, as a
 * process has one console and one window; silent until someone listens.
 */
public final class CacheNotices {
    private static volatile Consumer<Message> listener = message -> { };

    private CacheNotices() {
    }

    /** Sends what the cache says from now on to {@code to} (null: nobody). */
    public static void listen(Consumer<Message> to) {
        listener = to == null ? message -> { } : to;
    }

    static void say(Message message) {
        listener.accept(message);
    }
}
