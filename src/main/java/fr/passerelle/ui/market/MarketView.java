package fr.passerelle.ui.market;

import fr.passerelle.ui.common.Icons;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Shortcuts;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/** The local market: binds the table, the chart and the map to their view model. */
public final class MarketView implements Shortcuts {
    private final MarketViewModel model;
    private final Messages messages;
    private MapCanvas map;

    @FXML private Label placeLabel;
    @FXML private TextField placeField;
    @FXML private Label radiusLabel;
    @FXML private Spinner<Integer> radiusSpinner;
    @FXML private Button showButton;
    @FXML private Button pathButton;
    @FXML private Label zoneLabel;
    @FXML private TabPane tabs;
    @FXML private Tab mapTab;
    @FXML private TableView<MarketRow> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<MarketRow, MarketRow> occupationColumn;
    @FXML private TableColumn<MarketRow, Number> offersColumn;
    @FXML private TableColumn<MarketRow, Number> seekersColumn;
    @FXML private TableColumn<MarketRow, Number> ratioColumn;
    @FXML private TableColumn<MarketRow, Number> tensionColumn;
    @FXML private TableColumn<MarketRow, Number> departementColumn;
    @FXML private TableColumn<MarketRow, Number> difficultyColumn;
    @FXML private TableColumn<MarketRow, Number> projectsColumn;
    @FXML private TableColumn<MarketRow, Number> difficultProjectsColumn;
    @FXML private TableColumn<MarketRow, Number> seasonalProjectsColumn;
    @FXML private Label measureLabel;
    @FXML private ComboBox<String> measureChoice;
    @FXML private BarChart<Number, String> chart;
    @FXML private NumberAxis chartValues;
    @FXML private CategoryAxis chartLabels;
    @FXML private Pane mapPane;
    @FXML private Label mapOccupation;
    @FXML private Label departementLabel;
    @FXML private ComboBox<DepartementShape> departementChoice;
    @FXML private ListView<String> figuresList;
    @FXML private Button mapPathButton;
    @FXML private Button resetButton;
    @FXML private VBox legend;
    @FXML private Label mapNotice;
    @FXML private Label sourcesLabel;
    @FXML private Label messageLabel;

    public MarketView(MarketViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        placeLabel.setLabelFor(placeField);
        radiusLabel.setLabelFor(radiusSpinner);
        departementLabel.setLabelFor(departementChoice);
        placeField.textProperty().bindBidirectional(model.placeProperty());
        placeField.setOnAction(e -> model.search());
        radiusSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 200, model.radiusProperty().get(), 10));
        radiusSpinner.getValueFactory().valueProperty().addListener((obs, o, v) -> model.radiusProperty().set(v == null ? 0 : v));
        model.radiusProperty().addListener((obs, o, v) -> radiusSpinner.getValueFactory().setValue(v.intValue()));
        radiusSpinner.setAccessibleText(messages.get("market.radius.accessible"));
        showButton.setGraphic(Icons.icon(Icons.MARKET));
        pathButton.setGraphic(Icons.icon(Icons.PATH));
        pathButton.disableProperty().bind(model.selectedProperty().isNull());
        pathButton.setAccessibleHelp(messages.get("market.path.help"));
        zoneLabel.textProperty().bind(model.zoneProperty());
        sourcesLabel.textProperty().bind(model.sourcesProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        placeholder.textProperty().bind(model.messageProperty());
        table();
        chart();
        map();
    }

    private void table() {
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setAccessibleText(messages.get("market.table.accessible"));
        // The occupation and its code are the key column: they wrap rather than end in "…".
        occupationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        occupationColumn.setCellFactory(c -> fr.passerelle.ui.common.WrappingCells.table(occupationColumn, MarketRow::occupation));
        occupationColumn.setComparator(java.util.Comparator.comparing(MarketRow::occupation));
        number(offersColumn, MarketRow::offers, MarketRow::offersText);
        number(seekersColumn, MarketRow::jobSeekers, MarketRow::jobSeekersText);
        number(ratioColumn, MarketRow::ratio, MarketRow::ratioText);
        number(tensionColumn, MarketRow::tension, MarketRow::tensionText);
        number(departementColumn, MarketRow::offersDepartements, MarketRow::offersDepartementsText);
        number(difficultyColumn, MarketRow::difficulty, MarketRow::difficultyText);
        number(projectsColumn, MarketRow::projects, MarketRow::projectsText, model::projectsDetail);
        number(difficultProjectsColumn, MarketRow::difficultProjects, MarketRow::difficultProjectsText, model::projectsDetail);
        number(seasonalProjectsColumn, MarketRow::seasonalProjects, MarketRow::seasonalProjectsText, model::projectsDetail);
        projectsColumn.textProperty().bind(model.projectsHeaderProperty());
        difficultProjectsColumn.textProperty().bind(model.difficultProjectsHeaderProperty());
        seasonalProjectsColumn.textProperty().bind(model.seasonalProjectsHeaderProperty());
        offersColumn.textProperty().bind(model.offersHeaderProperty());
        tensionColumn.textProperty().bind(model.tensionHeaderProperty());
        departementColumn.textProperty().bind(model.departementHeaderProperty());
        difficultyColumn.textProperty().bind(model.difficultyHeaderProperty());
        HeaderFit.apply(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, o, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.openPath(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openPath(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    /** A numeric column: sorts by the number, shows the French text. */
    private static void number(TableColumn<MarketRow, Number> column, Function<MarketRow, Number> value,
                               Function<MarketRow, String> text) {
        number(column, value, text, null);
    }

    /** Same, with a tooltip on each cell (the detail of the figure) when {@code detail} is given. */
    private static void number(TableColumn<MarketRow, Number> column, Function<MarketRow, Number> value,
                               Function<MarketRow, String> text, Function<MarketRow, String> detail) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                MarketRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : text.apply(row));
                if (detail != null) {
                    setTooltip(row == null ? null : new javafx.scene.control.Tooltip(detail.apply(row)));
                }
            }
        });
        column.setStyle("-fx-alignment: center-right;");
    }

    private void chart() {
        chart.titleProperty().bind(model.chartTitleProperty());
        chartValues.labelProperty().bind(model.chartAxisProperty());
        measureLabel.setLabelFor(measureChoice);
        measureChoice.setItems(model.chartMeasures());
        measureChoice.getSelectionModel().select(model.chartMeasureProperty().get().ordinal());
        measureChoice.getSelectionModel().selectedIndexProperty().addListener((obs, o, i) -> {
            if (i.intValue() >= 0) {
                model.chartMeasureProperty().set(MarketViewModel.ChartMeasure.values()[i.intValue()]);
            }
        });
        // The names carry the year: they are set again after each search, the choice kept.
        model.chartMeasures().addListener((ListChangeListener<String>) c ->
                measureChoice.getSelectionModel().select(model.chartMeasureProperty().get().ordinal()));
        chartValues.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return model.number(n.longValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        chart.setAccessibleText(messages.get("market.chart.accessible"));
        model.bars().addListener((ListChangeListener<MarketViewModel.Bar>) c -> drawChart());
        drawChart();
    }

    private void drawChart() {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // Largest at the top: a category axis lists from the bottom.
        for (int i = model.bars().size() - 1; i >= 0; i--) {
            MarketViewModel.Bar bar = model.bars().get(i);
            String label = bar.label().length() > 42 ? bar.label().substring(0, 41) + "…" : bar.label();
            series.getData().add(new XYChart.Data<>(bar.value(), label));
        }
        chart.getData().setAll(java.util.List.of(series));
    }

    private void map() {
        MapViewModel m = model.map();
        map = new MapCanvas(mapPane, m, n -> messages.get("map.accessible", n, m.occupationProperty().get()));
        mapOccupation.textProperty().bind(m.occupationProperty());
        mapNotice.textProperty().bind(m.noticeProperty());
        figuresList.setItems(m.selectedFigures());
        departementChoice.setItems(m.shapes().sorted(java.util.Comparator.comparing(DepartementShape::code)));
        departementChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DepartementShape s) {
                return s == null ? "" : s.code() + " " + s.name();
            }

            @Override
            public DepartementShape fromString(String s) {
                return null;
            }
        });
        departementChoice.setOnAction(e -> {
            DepartementShape s = departementChoice.getValue();
            if (s != null && s != m.selectedProperty().get()) {
                m.select(s);
            }
        });
        m.selectedProperty().addListener((obs, o, s) -> {
            if (departementChoice.getValue() != s) {
                departementChoice.setValue(s);
            }
        });
        mapPathButton.setGraphic(Icons.icon(Icons.PATH));
        mapPathButton.disableProperty().bind(model.selectedProperty().isNull());
        mapPathButton.setAccessibleHelp(messages.get("market.path.help"));
        java.util.List<String> entries = m.legend();
        for (int i = 0; i < entries.size(); i++) {
            Rectangle swatch = new Rectangle(18, 14, MapCanvas.PALETTE[i]);
            swatch.setStroke(javafx.scene.paint.Color.GRAY);
            HBox line = new HBox(6, swatch, new Label(entries.get(i)));
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            legend.getChildren().add(line);
        }
        mapTab.setOnSelectionChanged(e -> {
            if (mapTab.isSelected()) {
                m.load();
            }
        });
    }

    /** For tests: the map's canvas and its coordinates. */
    MapCanvas mapCanvas() {
        return map;
    }

    @FXML
    private void show() {
        model.search();
    }

    @FXML
    private void openPath() {
        model.openPath(model.selectedProperty().get());
    }

    @FXML
    private void resetZoom() {
        model.map().resetZoom();
    }

    /** When the screen is shown. */
    public void focus() {
        model.showDefault();
        Platform.runLater(placeField::requestFocus);
    }

    /** Opens on the map tab ({@code --screen carte}). */
    public void showMap() {
        tabs.getSelectionModel().select(mapTab);
        model.map().load();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> placeField.requestFocus(),
                new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), this::showMap,
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), () -> tabs.getSelectionModel().select(0),
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::openPath);
    }
}
