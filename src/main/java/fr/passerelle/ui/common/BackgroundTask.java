package fr.passerelle.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One long piece of work as the status bar shows it: what, how far (−1 = unknown), and how to stop it. */
public final class BackgroundTask {
    private final String title;
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final Runnable cancel;

    public BackgroundTask(String title, Runnable cancel) {
        this.title = title;
        this.cancel = cancel;
    }

    public String title() {
        return title;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Called on the UI thread. */
    public void update(String step, double fraction) {
        if (step != null) {
            message.set(step);
        }
        progress.set(fraction);
    }

    /** True when the work can be stopped from the status bar. */
    public boolean cancellable() {
        return cancel != null;
    }

    public void cancel() {
        if (cancel != null) {
            cancel.run();
        }
    }
}
