package fr.passerelle.ui.market;

import fr.passerelle.engine.MarketQuery;
import fr.passerelle.engine.index.BmoIndex;
import fr.passerelle.engine.index.MarketIndex;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The offline map of France by département: outlines from the cache's GeoJSON, each coloured by the published
 * tension (1 to 5) of one occupation in that département, with a legend; a click (or a choice in the list, for the
 * keyboard) zooms to the département and lists its figures. Coordinates are the projection's plane units.
 */
public final class MapViewModel {
    /** Colour classes: 0 = no figure, 1…5 = the tension indicator. */
    public static final int CLASSES = 5;

    /** A visible rectangle of the plane. */
    public record Viewport(double minX, double minY, double maxX, double maxY) {
    }

    private final MarketSource source;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<DepartementShape> shapes = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, MarketIndex.Market>> figures = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>();
    private final ObjectProperty<DepartementShape> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> selectedFigures = FXCollections.observableArrayList();
    private final StringProperty occupation = new SimpleStringProperty("");
    private final StringProperty rome = new SimpleStringProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty hasOutlines = new SimpleBooleanProperty(false);
    private int tensionYear;
    /** BMO hiring projects of the current occupation per département (the detail; the colours stay the tension). */
    private Map<String, BmoIndex.Figures> projects = Map.of();
    private boolean loaded;
    private String occupationLabel = "";

    MapViewModel(MarketSource source, TaskRunner tasks, Messages messages) {
        this.source = source;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Reads and projects the outlines once (in the background). */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        tasks.run(null, progress -> OutlineProjection.project(source.departementOutlines()), list -> {
            shapes.setAll(list);
            hasOutlines.set(!list.isEmpty());
            notice.set(list.isEmpty() ? messages.get("map.noOutlines") : "");
            resetZoom();
        }, failure -> notice.set(messages.get("map.failed", String.valueOf(failure.getMessage()))));
    }

    /** The outlines may have changed (an import): read them again, and the colours of the chosen occupation. */
    public void reload() {
        loaded = false;
        load();
        if (rome.get() != null) {
            colourBy(rome.get(), occupationLabel);
        }
    }

    /** Colours the map by one occupation (ROME 3 or 4 code). */
    public void colourBy(String code, String label) {
        rome.set(code);
        occupationLabel = label;
        occupation.set(messages.get("map.occupation", label, code));
        tasks.run(null, progress -> {
            PathIndex index = source.index();
            MarketQuery query = new MarketQuery(index);
            return new Coloured(query.byDepartement(code), index.market().tensionYear(), query.projectsByDepartement(code));
        }, c -> {
            tensionYear = c.year();
            projects = c.projects();
            figures.set(c.byDep());
            if (selected.get() != null) {
                describe(selected.get());
            }
        }, failure -> notice.set(String.valueOf(failure.getMessage())));
    }

    private record Coloured(Map<String, MarketIndex.Market> byDep, int year, Map<String, BmoIndex.Figures> projects) {
    }

    /** The colour class of a département for the current occupation: 0 when it has no published tension. */
    public int colourClass(String departement) {
        MarketIndex.Market m = figures.get().get(departement);
        return m == null || m.tension() == null ? 0 : Math.max(1, Math.min(CLASSES, m.tension()));
    }

    /** The legend, class 0 (no figure) first. */
    public List<String> legend() {
        List<String> out = new ArrayList<>();
        out.add(messages.get("map.legend.none"));
        for (int i = 1; i <= CLASSES; i++) {
            out.add(messages.get("map.legend." + i));
        }
        return out;
    }

    /** A click at plane coordinates: selects and zooms to the département there; empty when outside every one. */
    public Optional<DepartementShape> click(double x, double y) {
        for (DepartementShape shape : shapes) {
            if (shape.contains(x, y)) {
                select(shape);
                return Optional.of(shape);
            }
        }
        return Optional.empty();
    }

    /** Selects a département (from a click or the keyboard list) and zooms to it. */
    public void select(DepartementShape shape) {
        selected.set(shape);
        if (shape == null) {
            selectedFigures.clear();
            return;
        }
        double padX = (shape.maxX() - shape.minX()) * 0.35;
        double padY = (shape.maxY() - shape.minY()) * 0.35;
        viewport.set(new Viewport(shape.minX() - padX, shape.minY() - padY, shape.maxX() + padX, shape.maxY() + padY));
        describe(shape);
    }

    public void selectCode(String code) {
        shapes.stream().filter(s -> s.code().equals(code)).findFirst().ifPresent(this::select);
    }

    private void describe(DepartementShape shape) {
        List<String> lines = new ArrayList<>();
        lines.add(shape.name() + " (" + shape.code() + ")");
        MarketIndex.Market m = figures.get().get(shape.code());
        if (m == null) {
            lines.add(messages.get("map.figures.none"));
        } else {
            String year = String.valueOf(tensionYear);
            lines.add(messages.get("map.figures.tension", year, m.tension() == null ? "—" : m.tension() + " / 5"));
            lines.add(messages.get("map.figures.offers", year, messages.number(Math.round(m.offers())),
                    messages.number(Math.round(m.jobSeekers()))));
            if (m.offersPerJobSeeker() >= 0) {
                lines.add(messages.get("map.figures.ratio", messages.decimal(m.offersPerJobSeeker(), 2)));
            }
        }
        BmoIndex.Figures p = projects.get(shape.code());
        lines.add(p == null ? messages.get("map.figures.projects.none") : messages.get("map.figures.projects",
                String.valueOf(p.year()), MarketRow.countText(p.projects(), messages), MarketRow.countText(p.difficult(), messages),
                MarketRow.countText(p.seasonal(), messages)));
        selectedFigures.setAll(lines);
    }

    /** Back to the whole of France. */
    public void resetZoom() {
        if (shapes.isEmpty()) {
            viewport.set(null);
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (DepartementShape s : shapes) {
            minX = Math.min(minX, s.minX());
            minY = Math.min(minY, s.minY());
            maxX = Math.max(maxX, s.maxX());
            maxY = Math.max(maxY, s.maxY());
        }
        viewport.set(new Viewport(minX, minY, maxX, maxY));
        selected.set(null);
        selectedFigures.clear();
    }

    /** Codes with figures, for tests and the accessible description. */
    public Map<String, Integer> classes() {
        Map<String, Integer> out = new HashMap<>();
        shapes.forEach(s -> out.put(s.code(), colourClass(s.code())));
        return out;
    }

    public ObservableList<DepartementShape> shapes() {
        return shapes;
    }

    public ReadOnlyObjectProperty<Map<String, MarketIndex.Market>> figuresProperty() {
        return figures;
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ReadOnlyObjectProperty<DepartementShape> selectedProperty() {
        return selected;
    }

    public ObservableList<String> selectedFigures() {
        return selectedFigures;
    }

    public ReadOnlyStringProperty occupationProperty() {
        return occupation;
    }

    public ReadOnlyStringProperty romeProperty() {
        return rome;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty hasOutlinesProperty() {
        return hasOutlines;
    }
}
