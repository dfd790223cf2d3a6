package fr.passerelle.generate;

import fr.passerelle.core.ProgressListener;

/** Counts units of work across the steps of a generation, reports every few thousand and polls for cancellation. */
final class Progress {
    private final ProgressListener listener;
    private final long total;
    private long done;
    private String step = "";

    Progress(ProgressListener listener, long total) {
        this.listener = listener;
        this.total = Math.max(total, 1);
    }

    void step(String name) {
        step = name;
        listener.checkCancelled();
        listener.progress(step, done, total);
    }

    void add(long units) {
        long before = done;
        done += units;
        if ((before >>> 12) != (done >>> 12)) {
            listener.checkCancelled();
            listener.progress(step, done, total);
        }
    }

    void finish() {
        listener.progress(step, total, total);
    }
}
