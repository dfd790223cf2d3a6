package fr.passerelle.ui.data;

import fr.passerelle.domain.DatasetInfo;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The datasets of the cache as the window shows them (data screen, status bar): the list, how fresh the figures are
 * ("ROME 4.60 · tension 2021 · offres au 21 décembre 2021 · importé le 28 novembre 2026") and whether any figure is
 * sample data. Set on the UI thread.
 */
public final class CacheStatus {
    private final fr.passerelle.ui.common.Messages messages;
    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final SimpleStringProperty freshness = new SimpleStringProperty("");
    private final SimpleBooleanProperty sample = new SimpleBooleanProperty(false);
    /** False until the datasets are first shown: the window is drawn while the cache opens (startup.md). */
    private final SimpleBooleanProperty known = new SimpleBooleanProperty(false);

    /** In French. */
    public CacheStatus() {
        this(fr.passerelle.ui.common.Messages.french());
    }

    /** In the window's language (dataset names as the files give them; dates in that language). */
    public CacheStatus(fr.passerelle.ui.common.Messages messages) {
        this.messages = messages;
    }

    public void show(List<DatasetInfo> all) {
        show(all, describe(all));
    }

    /** Shows the datasets with their freshness line, worked out beforehand off the UI thread ({@link #describe}). */
    public void show(List<DatasetInfo> all, String freshnessLine) {
        datasets.setAll(all);
        sample.set(all.stream().anyMatch(DatasetInfo::isSample));
        freshness.set(freshnessLine);
        known.set(true);
    }

    /** The freshness line of these datasets (pure: callable from a background task). */
    public String describe(List<DatasetInfo> all) {
        return freshness(all, messages);
    }

    static String freshness(List<DatasetInfo> all) {
        return freshness(all, fr.passerelle.ui.common.Messages.french());
    }

    static String freshness(List<DatasetInfo> all, fr.passerelle.ui.common.Messages messages) {
        if (all.isEmpty()) {
            return messages.get("status.empty");
        }
        List<String> parts = new ArrayList<>();
        version(all, "rome4.occupations").ifPresent(v -> parts.add("ROME " + v));
        version(all, "market.tension").ifPresent(v -> parts.add(messages.get("status.tension", readable(v, messages))));
        version(all, "market.offers").ifPresent(v -> parts.add(messages.get("status.offers", readable(v, messages))));
        all.stream().map(DatasetInfo::importedAt).max(Comparator.naturalOrder()).ifPresent(at ->
                parts.add(messages.get("status.imported", messages.date(at.atZone(ZoneId.systemDefault()).toLocalDate()))));
        return messages.get("status.data", String.join(" · ", parts));
    }

    private static Optional<String> version(List<DatasetInfo> all, String kindPrefix) {
        return all.stream().filter(d -> d.kind().startsWith(kindPrefix) && d.version() != null).map(DatasetInfo::version)
                .max(Comparator.naturalOrder());
    }

    /** An ISO date version ("2021-12-21") in the window's language; other versions as they are. */
    private static String readable(String version, fr.passerelle.ui.common.Messages messages) {
        try {
            return messages.date(java.time.LocalDate.parse(version));
        } catch (java.time.format.DateTimeParseException e) {
            return version;
        }
    }

    public ObservableList<DatasetInfo> datasets() {
        return datasets;
    }

    public ReadOnlyStringProperty freshnessProperty() {
        return freshness;
    }

    /** True when some figures come from the bundled samples: the window then says they are fictional. */
    public ReadOnlyBooleanProperty sampleProperty() {
        return sample;
    }

    /** True once the datasets of the open cache are shown; before, "no data" would be wrong: it is still opening. */
    public ReadOnlyBooleanProperty knownProperty() {
        return known;
    }
}
