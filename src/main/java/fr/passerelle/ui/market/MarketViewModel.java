package fr.passerelle.ui.market;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.MarketQuery;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Navigator;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The local market screen: for a commune or an employment area and a radius, the occupations hiring most (table and
 * chart, every figure with its year and source), and the map of one occupation's demand by département. From an
 * occupation, one command opens the current person's path screen on that target.
 */
public final class MarketViewModel {
    /** Bars of the chart: the first occupations by offers. */
    public static final int CHART_BARS = 10;

    /** One bar: the occupation and its figure over the zone for the chosen measure. */
    public record Bar(String label, long value) {
    }

    /** What the chart shows: the ten occupations with the largest such figure. */
    public enum ChartMeasure {
        OFFERS(MarketRow::offers), PROJECTS(MarketRow::projects), DIFFICULT(MarketRow::difficultProjects),
        SEASONAL(MarketRow::seasonalProjects);

        private final java.util.function.ToLongFunction<MarketRow> value;

        ChartMeasure(java.util.function.ToLongFunction<MarketRow> value) {
            this.value = value;
        }

        long of(MarketRow row) {
            return value.applyAsLong(row);
        }
    }

    private final MarketSource source;
    private final InterviewState state;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final MapViewModel map;
    private final ProjectsTexts projectsTexts;
    private final StringProperty place = new SimpleStringProperty("");
    private final IntegerProperty radius = new SimpleIntegerProperty(30);
    private final ObservableList<MarketRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ObjectProperty<MarketRow> selected = new SimpleObjectProperty<>();
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty sources = new SimpleStringProperty("");
    private final StringProperty chartTitle = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty offersHeader = new SimpleStringProperty();
    private final StringProperty tensionHeader = new SimpleStringProperty();
    private final StringProperty departementHeader = new SimpleStringProperty();
    private final StringProperty difficultyHeader = new SimpleStringProperty();
    private final StringProperty projectsHeader = new SimpleStringProperty();
    private final StringProperty difficultProjectsHeader = new SimpleStringProperty();
    private final StringProperty seasonalProjectsHeader = new SimpleStringProperty();
    private final StringProperty chartAxis = new SimpleStringProperty("");
    private final ObjectProperty<ChartMeasure> chartMeasure = new SimpleObjectProperty<>(ChartMeasure.OFFERS);
    private final ObservableList<String> chartMeasures = FXCollections.observableArrayList();
    private String tensionYear = "—";
    private String projectsYear = "—";
    private String centre = "";
    /** The zone's employment areas by code, from the last answer (the tooltip names them without the index). */
    private Map<String, String> areaLabels = Map.of();
    private long generation;

    public MarketViewModel(MarketSource source, InterviewState state, TaskRunner tasks, Navigator navigator, Messages messages) {
        this.source = source;
        this.state = state;
        this.tasks = tasks;
        this.navigator = navigator;
        this.messages = messages;
        this.map = new MapViewModel(source, tasks, messages);
        this.projectsTexts = new ProjectsTexts(messages);
        offersHeader.set(messages.get("market.column.offers", "—"));
        tensionHeader.set(messages.get("market.column.tension", "—"));
        departementHeader.set(messages.get("market.column.departement", "—"));
        difficultyHeader.set(messages.get("market.column.difficulty", "—"));
        headers("—");
        chartAxis.set(chartMeasures.get(0));
        chartMeasure.addListener((obs, old, measure) -> drawBars());
        selected.addListener((obs, old, row) -> {
            if (row != null) {
                map.colourBy(row.row().rome(), row.row().label());
            }
        });
    }

    /** When the screen is shown: with nothing typed yet, the current person's commune and radius. */
    public void showDefault() {
        if (!place.get().isBlank()) {
            return;
        }
        if (state.profileProperty().get() != null) {
            // Her commune as typed in her profile ("Lille"), else its INSEE code.
            String typed = state.requestProperty().get() == null ? null : state.requestProperty().get().commune();
            place.set(typed == null || typed.isBlank() ? state.profileProperty().get().commune().value() : typed);
            radius.set(state.profileProperty().get().radiusKm());
            search();
        } else {
            message.set(messages.get("market.prompt"));
        }
    }

    /** After an import: the outlines are read again and the shown figures computed again on the new data. */
    public void refreshData() {
        map.reload();
        if (!rows.isEmpty()) {
            search();
        }
    }

    /** Looks the typed place up (INSEE or postcode, commune name, employment area code or name) and computes. */
    public void search() {
        String typed = place.get() == null ? "" : place.get().strip();
        int km = Math.max(0, radius.get());
        if (typed.isEmpty()) {
            message.set(messages.get("market.prompt"));
            return;
        }
        long mine = ++generation;
        loading.set(true);
        message.set(messages.get("market.loading"));
        tasks.run(null, progress -> compute(source.index(), typed, km), result -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            show(result);
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                rows.clear();
                bars.clear();
                message.set(failure.getMessage());
            }
        });
        map.load();
    }

    private record Computed(MarketQuery.Answer answer, List<DatasetInfo> datasets, int tensionYear) {
    }

    private Computed compute(PathIndex index, String typed, int km) {
        MarketQuery query = new MarketQuery(index);
        TerritoryIndex territory = index.territory();
        MarketQuery.Answer answer;
        if (typed.matches("[0-9]{4}") && territory.bmoAreas().containsKey(typed)) {
            answer = query.aroundArea(typed, km);
        } else {
            TerritoryIndex.Lookup lookup = territory.lookup(typed);
            if (lookup.place().isPresent()) {
                answer = query.aroundCommune(lookup.place().get().insee(), km);
            } else {
                Optional<String> area = areaNamed(territory, typed);
                if (area.isEmpty()) {
                    List<String> names = lookup.candidates().stream().limit(5).map(p -> p.name() + " (" + p.insee() + ")").toList();
                    throw new IllegalArgumentException(names.isEmpty() ? messages.get("market.unknown", typed)
                            : messages.get("market.ambiguous", typed, String.join(", ", names)));
                }
                answer = query.aroundArea(area.get(), km);
            }
        }
        return new Computed(answer, index.datasets(), index.market().tensionYear());
    }

    private static Optional<String> areaNamed(TerritoryIndex territory, String typed) {
        String n = TerritoryIndex.normalize(typed);
        return territory.bmoAreas().entrySet().stream().filter(e -> TerritoryIndex.normalize(e.getValue()).equals(n))
                .map(Map.Entry::getKey).findFirst();
    }

    private void show(Computed c) {
        MarketQuery.Answer a = c.answer();
        List<MarketRow> list = a.rows().stream().map(r -> new MarketRow(r, messages)).toList();
        rows.setAll(list);
        String year = c.tensionYear() > 0 ? String.valueOf(c.tensionYear()) : "—";
        MarketQuery.Projects projects = a.projects();
        tensionYear = year;
        projectsYear = projects.year() > 0 ? String.valueOf(projects.year()) : "—";
        centre = a.zone().centre();
        Map<String, String> labels = new java.util.HashMap<>();
        for (int i = 0; i < a.zone().areas().size(); i++) {
            labels.put(a.zone().areas().get(i), a.zone().areaLabels().get(i));
        }
        areaLabels = labels;
        headers(projectsYear);
        String offersDate = a.rows().stream().filter(r -> r.offersDate() != null).findFirst()
                .map(r -> messages.date(r.offersDate())).orElse("—");
        String bmoYear = a.rows().stream().filter(r -> r.bmoYear() != null).findFirst().map(r -> String.valueOf(r.bmoYear())).orElse("—");
        offersHeader.set(messages.get("market.column.offers", year));
        tensionHeader.set(messages.get("market.column.tension", year));
        departementHeader.set(messages.get("market.column.departement", offersDate));
        difficultyHeader.set(messages.get("market.column.difficulty", bmoYear));
        drawBars();
        zone.set(messages.get("market.zone", a.zone().centre(), messages.number(a.zone().radiusKm()),
                String.join(", ", a.zone().areaLabels()), String.join(", ", a.zone().departements())));
        sources.set(sources(c.datasets(), year, offersDate, bmoYear, projectsTexts.sources(c.datasets(), projects)));
        message.set(list.isEmpty() ? messages.get("market.empty") : messages.get("market.count", messages.number(list.size())));
        selected.set(list.isEmpty() ? null : list.get(0));
    }

    private void headers(String year) {
        projectsHeader.set(messages.get("market.column.projects", year));
        difficultProjectsHeader.set(messages.get("market.column.projects.difficult", year));
        seasonalProjectsHeader.set(messages.get("market.column.projects.seasonal", year));
        chartMeasures.setAll(messages.get("market.chart.measure.offers", tensionYear), projectsHeader.get(),
                messages.get("market.chart.measure.difficult", year), messages.get("market.chart.measure.seasonal", year));
    }

    /** The ten occupations with the largest figure of the chosen measure (unknown and absent figures left out). */
    private void drawBars() {
        ChartMeasure measure = chartMeasure.get();
        List<Bar> top = new ArrayList<>();
        rows.stream().filter(r -> measure.of(r) > 0)
                .sorted(java.util.Comparator.comparingLong(measure::of).reversed())
                .limit(CHART_BARS).forEach(r -> top.add(new Bar(r.row().label(), measure.of(r))));
        bars.setAll(top);
        String key = switch (measure) {
            case OFFERS -> "market.chart.title";
            case PROJECTS -> "market.chart.title.projects";
            case DIFFICULT -> "market.chart.title.difficult";
            case SEASONAL -> "market.chart.title.seasonal";
        };
        chartTitle.set(messages.get(key, measure == ChartMeasure.OFFERS ? tensionYear : projectsYear, centre));
        chartAxis.set(chartMeasures.isEmpty() ? "" : chartMeasures.get(measure.ordinal()));
    }

    /** The detail of an occupation's BMO projects, for the table's tooltip ({@link ProjectsTexts#detail}). */
    public String projectsDetail(MarketRow row) {
        return projectsTexts.detail(row, projectsYear, areaLabels);
    }

    private String sources(List<DatasetInfo> datasets, String year, String offersDate, String bmoYear, String projects) {
        String text = messages.get("market.sources", source(datasets, "market.tension", year), year,
                source(datasets, "market.offers_departement", ""), offersDate, source(datasets, "market.bmo_difficulty", bmoYear), bmoYear) + " " + projects;
        return datasets.stream().anyMatch(DatasetInfo::isSample) ? text + " " + messages.get("market.sample") : text;
    }

    /** The source of the dataset the figures come from: of that year when several are imported. */
    static String source(List<DatasetInfo> datasets, String kind, String year) {
        List<DatasetInfo> of = datasets.stream().filter(d -> d.kind().equals(kind)).toList();
        return of.stream().filter(d -> year.isEmpty() || d.source().contains(year) || year.equals(d.version())).findFirst()
                .or(() -> of.stream().findFirst())
                .map(d -> d.source().replace(DatasetInfo.SAMPLE_SOURCE_PREFIX, "")).orElse("—");
    }

    /**
     * Opens the path screen for the current person with this occupation as the target (its trainings, companies and
     * skills); without a person, says to open one first.
     */
    public boolean openPath(MarketRow row) {
        if (row == null) {
            return false;
        }
        if (state.profileProperty().get() == null) {
            message.set(messages.get("market.path.noPerson"));
            return false;
        }
        if (row.row().romeV4() == null) {
            message.set(messages.get("market.path.noFiche", row.row().rome()));
            return false;
        }
        state.detailTargetProperty().set(row.row().romeV4());
        navigator.show(Screen.PATH);
        return true;
    }

    /** A whole number in the window's language (the chart's axis). */
    public String number(long value) {
        return messages.number(value);
    }

    public StringProperty placeProperty() {
        return place;
    }

    public IntegerProperty radiusProperty() {
        return radius;
    }

    public ObservableList<MarketRow> rows() {
        return rows;
    }

    public ObservableList<Bar> bars() {
        return bars;
    }

    public ObjectProperty<MarketRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty zoneProperty() {
        return zone;
    }

    public ReadOnlyStringProperty sourcesProperty() {
        return sources;
    }

    public ReadOnlyStringProperty chartTitleProperty() {
        return chartTitle;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty offersHeaderProperty() {
        return offersHeader;
    }

    public ReadOnlyStringProperty tensionHeaderProperty() {
        return tensionHeader;
    }

    public ReadOnlyStringProperty departementHeaderProperty() {
        return departementHeader;
    }

    public ReadOnlyStringProperty difficultyHeaderProperty() {
        return difficultyHeader;
    }

    public ReadOnlyStringProperty projectsHeaderProperty() {
        return projectsHeader;
    }

    public ReadOnlyStringProperty difficultProjectsHeaderProperty() {
        return difficultProjectsHeader;
    }

    public ReadOnlyStringProperty seasonalProjectsHeaderProperty() {
        return seasonalProjectsHeader;
    }

    /** The chart's measure, chosen among {@link #chartMeasures()} (same order as {@link ChartMeasure}). */
    public ObjectProperty<ChartMeasure> chartMeasureProperty() {
        return chartMeasure;
    }

    /** The measures' names with their year, in the order of {@link ChartMeasure}. */
    public ObservableList<String> chartMeasures() {
        return chartMeasures;
    }

    public ReadOnlyStringProperty chartAxisProperty() {
        return chartAxis;
    }

    public MapViewModel map() {
        return map;
    }
}
