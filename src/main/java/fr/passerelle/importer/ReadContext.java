package fr.passerelle.importer;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.words.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a format's reader writes into while it streams one file: rows, rejections, progress. */
public final class ReadContext {
    private static final int KEPT_WARNINGS = 5;

    private final ImportSink sink;
    private final ProgressListener progress;
    private final String step;
    private final Map<KeySet, Set<String>> keys = new EnumMap<>(KeySet.class);
    private final List<Message> warnings = new ArrayList<>();
    private final Set<Object> seen = new java.util.HashSet<>();
    private int read;
    private int stored;
    private int rejected;

    private final String version;

    public ReadContext(ImportSink sink, ProgressListener progress, String step, String version) {
        this.version = version;
        this.sink = sink;
        this.progress = progress;
        this.step = step;
    }

    /** One data row (or feature) was read from the file. */
    public void countRead() {
        read++;
    }

    /** Stores the record a row stands for (counted as the row stored). */
    public void emit(Object record) {
        sink.add(record);
        stored++;
    }

    /**
     * Stores a record derived from a row besides the main one (a commune's postal codes, the employment area a
     * commune row names): not counted, so that "stored" compares with "read".
     */
    public void emitDerived(Object record) {
        sink.add(record);
    }

    /** A row that is well-formed but not kept (e.g. a duplicate); the reason is reported, the import goes on. */
    public void reject(String where, String why) {
        reject(where, ImportWords.asWritten(why));
    }

    /** The same, said by the bundles ({@code import.reject.*}) so that it reads in the reader's language. */
    public void reject(String where, Message why) {
        rejected++;
        if (warnings.size() < KEPT_WARNINGS) {
            warnings.add(ImportWords.say("import.reject", where, why));
        }
    }

    /**
     * True the first time a key is seen in this file: lets one row of a file also store a derived record
     * (e.g. the employment area named by a commune row) exactly once.
     */
    public boolean firstTime(Object key) {
        return seen.add(key);
    }

    /** The codes known so far in the transaction, loaded once per file. */
    public Set<String> keys(KeySet set) {
        return keys.computeIfAbsent(set, s -> Collections.unmodifiableSet(sink.keys(s)));
    }

    public void progress(long done, long total) {
        progress.progress(step, done, total);
        progress.checkCancelled();
    }

    /** The dataset's version as read from the file name (e.g. the survey year), or null. */
    public String version() {
        return version;
    }

    public int read() {
        return read;
    }

    public int stored() {
        return stored;
    }

    public int rejected() {
        return rejected;
    }

    public List<Message> warnings() {
        return List.copyOf(warnings);
    }
}
