package fr.passerelle.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The long work running now (imports, index builds), newest last, for the status bar. Touched on the UI thread only
 * (the task runner and the index status adapter hand their calls over to it).
 */
public final class BackgroundTasks {
    private final ObservableList<BackgroundTask> running = FXCollections.observableArrayList();

    public ObservableList<BackgroundTask> running() {
        return running;
    }

    public BackgroundTask start(String title, Runnable cancel) {
        BackgroundTask task = new BackgroundTask(title, cancel);
        running.add(task);
        return task;
    }

    public void end(BackgroundTask task) {
        running.remove(task);
    }
}
