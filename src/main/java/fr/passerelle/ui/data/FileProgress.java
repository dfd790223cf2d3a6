package fr.passerelle.ui.data;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One file of an import as the data screen shows it: its name, its format, its own progress bar and its state. */
public final class FileProgress {
    private final String name;
    private final String format;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty state = new SimpleStringProperty();

    public FileProgress(String name, String format, String waiting) {
        this.name = name;
        this.format = format;
        state.set(waiting);
    }

    public String name() {
        return name;
    }

    public String format() {
        return format;
    }

    /** 0…1, or -1 while the amount of work is unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stateProperty() {
        return state;
    }
}
