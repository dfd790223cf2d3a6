package fr.passerelle.ui.path;

import fr.passerelle.ui.common.Icons;
import fr.passerelle.ui.common.Styles;
import fr.passerelle.ui.common.Views;
import fr.passerelle.ui.common.WrappingCells;
import java.util.Comparator;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The detail of one target: reasons, skills she has and lacks, sortable tables of all trainings and companies; an
 * empty table says why and offers the change that would help.
 */
public final class TargetDetailView {
    private final TargetDetailViewModel model;
    private Consumer<RescueAction> apply = a -> { };
    private Consumer<String> compare = r -> { };
    private Consumer<String> plan = r -> { };

    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private Button compareButton;
    @FXML private Button planButton;
    @FXML private ListView<String> reasonList;
    @FXML private Label sharedTitle;
    @FXML private ListView<String> sharedList;
    @FXML private Label missingTitle;
    @FXML private ListView<String> missingList;
    @FXML private Label diplomasTitle;
    @FXML private ListView<String> diplomasList;
    @FXML private Label horizonLabel;
    @FXML private Label accessLabel;
    @FXML private Label fundingTitle;
    @FXML private Label fundingRemainders;
    @FXML private GridPane schemeGrid;
    @FXML private ToggleButton rqthUnknown;
    @FXML private ToggleButton rqthYes;
    @FXML private ToggleButton rqthNo;
    @FXML private Label fundingPay;
    @FXML private Label fundingQuestions;
    @FXML private Label fundingBasis;
    @FXML private ResourceBundle resources;
    @FXML private Tab trainingsTab;
    @FXML private Tab companiesTab;
    @FXML private TableView<TrainingRow> trainingsTable;
    @FXML private TableView<CompanyRow> companiesTable;

    public TargetDetailView(TargetDetailViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        backButton.setGraphic(Icons.icon(Icons.BACK));
        planButton.setGraphic(Icons.icon(Icons.PLAN));
        compareButton.setGraphic(Icons.icon(Icons.COMPARE));
        titleLabel.textProperty().bind(model.titleProperty());
        wrapping(reasonList, model.reasons());
        wrapping(sharedList, model.sharedSkills());
        wrapping(missingList, model.missingSkills());
        sharedTitle.textProperty().bind(model.sharedTitleProperty());
        missingTitle.textProperty().bind(model.missingTitleProperty());
        diplomasTitle.textProperty().bind(model.diplomasTitleProperty());
        wrapping(diplomasList, model.targetDiplomas());
        // Shown only when the target has diplomas beyond her level: an empty list would only take room from the reasons.
        diplomasTitle.visibleProperty().bind(Bindings.isNotEmpty(model.targetDiplomas()));
        diplomasTitle.managedProperty().bind(diplomasTitle.visibleProperty());
        diplomasList.visibleProperty().bind(diplomasTitle.visibleProperty());
        diplomasList.managedProperty().bind(diplomasTitle.visibleProperty());
        sharedTitle.setMnemonicParsing(true);
        missingTitle.setMnemonicParsing(true);
        Views.bindText(horizonLabel, model.horizonProperty());
        Views.bindText(accessLabel, model.accessProperty());
        sharedList.setPlaceholder(new Label(resources.getString("detail.skills.held.none")));
        missingList.setPlaceholder(new Label(resources.getString("detail.skills.missing.none")));
        trainingsTab.textProperty().bind(model.trainingsTitleProperty());
        companiesTab.textProperty().bind(model.companiesTitleProperty());
        trainingsTable.setItems(model.trainings());
        // Ten facts in about 900 px at 1366×768: place and distance share a column, the two remainders have two-line
        // headers, and every text column wraps; figures, dates and codes never do.
        trainingsTable.getColumns().setAll(java.util.List.of(
                column(text("detail.column.title"), TrainingRow::title, Comparator.comparing(TrainingRow::title), 140, true),
                column(text("detail.column.provider"), TrainingRow::provider, Comparator.comparing(TrainingRow::provider), 105, true),
                column(text("detail.column.place"), TrainingRow::placeAndDistance, Comparator.comparing(TrainingRow::distanceKm, Comparator.nullsLast(Comparator.naturalOrder())), 112, true),
                column(text("detail.column.hours"), TrainingRow::hours, Comparator.comparing(TrainingRow::hoursValue, Comparator.nullsLast(Comparator.naturalOrder())), 64, false),
                column(text("detail.column.start"), TrainingRow::startShort, Comparator.comparing(TrainingRow::startValue, Comparator.nullsLast(Comparator.naturalOrder())), 110, false),
                column(text("detail.column.cost"), TrainingRow::cost, Comparator.comparing(TrainingRow::costValue, Comparator.nullsLast(Comparator.naturalOrder())), 72, true),
                tip(column(text("detail.column.certain"), TrainingRow::remaining, Comparator.comparing(TrainingRow::remainingValue, Comparator.nullsLast(Comparator.naturalOrder())), 90, false), "detail.column.certain.tip"),
                tip(column(text("detail.column.possible"), TrainingRow::possible, Comparator.comparing(TrainingRow::possibleValue, Comparator.nullsLast(Comparator.naturalOrder())), 94, false), "detail.column.possible.tip"),
                column(text("detail.column.payers"), TrainingRow::payers, Comparator.comparing(TrainingRow::payers), 118, true)));
        trainingsTable.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, o, row) -> {
            if (row != null && trainingsTable.getSelectionModel().getSelectedItem() != row) {
                trainingsTable.getSelectionModel().select(row);
            }
        });
        bindFunding(model.funding());
        companiesTable.setItems(model.companies());
        companiesTable.getColumns().setAll(java.util.List.of(
                column(text("detail.company.column.name"), CompanyRow::name, Comparator.comparing(CompanyRow::name), 240, true),
                column(text("detail.company.column.commune"), CompanyRow::commune, Comparator.comparing(CompanyRow::commune), 140, true),
                column(text("detail.company.column.distance"), CompanyRow::distance, Comparator.comparingDouble(CompanyRow::distanceKm), 85, false),
                column(text("detail.company.column.score"), CompanyRow::scoreText, Comparator.comparingInt(CompanyRow::score), 130, false),
                column(text("detail.company.column.source"), CompanyRow::source, Comparator.comparing(CompanyRow::source), 130, false),
                column(text("detail.company.column.sector"), CompanyRow::sector, Comparator.comparing(CompanyRow::sector), 100, false)));
        trainingsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        companiesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The company's why in one sentence, in the window's language, when the pointer rests on its row.
        companiesTable.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CompanyRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new javafx.scene.control.Tooltip(row.why()));
            }
        });
        placeholder(trainingsTable, model.trainingsEmptyProperty(), model.trainingsHelp());
        placeholder(companiesTable, model.companiesEmptyProperty(), model.companiesHelp());
        model.openProperty().addListener((obs, o, open) -> {
            if (open) {
                trainingsTable.requestFocus();
            }
        });
    }

    /** A header that says what its figure means when hovered (the remainders' headers are two short words). */
    private <R> TableColumn<R, R> tip(TableColumn<R, R> column, String key) {
        Label header = new Label(column.getText());
        header.setTooltip(new Tooltip(text(key)));
        column.setText(null);
        column.setGraphic(header);
        return column;
    }

    private String text(String key) {
        return resources.getString(key);
    }

    /** The funding panel under the trainings: remainders, one row per scheme, the RQTH question, pay, questions. */
    private void bindFunding(TrainingFundingViewModel f) {
        fundingTitle.textProperty().bind(f.titleProperty());
        Views.bindText(fundingRemainders, f.remaindersProperty());
        Views.bindText(fundingPay, f.payProperty());
        Views.bindText(fundingBasis, f.basisProperty());
        fundingQuestions.textProperty().bind(Bindings.createStringBinding(() -> f.questions().isEmpty() ? ""
                : text("detail.questions") + "\n" + String.join("\n", f.questions().stream().map(q -> "• " + q).toList()), f.questions()));
        fundingQuestions.visibleProperty().bind(Bindings.isNotEmpty(f.questions()));
        fundingQuestions.managedProperty().bind(fundingQuestions.visibleProperty());
        f.schemes().addListener((ListChangeListener<SchemeRow>) c -> showSchemes(f.schemes()));
        showSchemes(f.schemes());
        ToggleGroup rqth = new ToggleGroup();
        java.util.Map<ToggleButton, Boolean> answers = new java.util.LinkedHashMap<>();
        answers.put(rqthUnknown, null);
        answers.put(rqthYes, Boolean.TRUE);
        answers.put(rqthNo, Boolean.FALSE);
        answers.forEach((button, answer) -> {
            button.setToggleGroup(rqth);
            button.setOnAction(e -> f.rqthProperty().set(answer));
        });
        Runnable shown = () -> answers.forEach((button, answer) -> button.setSelected(java.util.Objects.equals(answer, f.rqthProperty().get())));
        f.rqthProperty().addListener((obs, o, n) -> shown.run());
        shown.run();
    }

    private void showSchemes(java.util.List<SchemeRow> rows) {
        schemeGrid.getChildren().clear();
        if (schemeGrid.getColumnConstraints().isEmpty()) {
            ColumnConstraints payer = new ColumnConstraints(160, 240, 300);
            ColumnConstraints status = new ColumnConstraints(140, 170, 200);
            ColumnConstraints decides = new ColumnConstraints(120, 300, Double.MAX_VALUE);
            decides.setHgrow(Priority.ALWAYS);
            schemeGrid.getColumnConstraints().setAll(payer, status, decides);
        }
        for (int i = 0; i < rows.size(); i++) {
            SchemeRow r = rows.get(i);
            Label payer = wrapped(r.payer());
            payer.setTooltip(new Tooltip(java.text.MessageFormat.format(resources.getString("detail.scheme.source").replace("'", "''"), r.source())));
            Label status = wrapped(r.status());
            status.getStyleClass().addAll("scheme-status", r.kind());
            status.setUserData(r.id());
            Label decides = wrapped(r.decides());
            decides.getStyleClass().add("scheme-condition");
            schemeGrid.addRow(i, payer, status, decides);
        }
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    void onApply(Consumer<RescueAction> apply) {
        this.apply = apply;
    }

    void onCompare(Consumer<String> compare) {
        this.compare = compare;
    }

    void onPlan(Consumer<String> plan) {
        this.plan = plan;
    }

    /** A sortable column; {@code wrap} for text that may be long, never for figures, dates or codes. */
    private static <R> TableColumn<R, R> column(String title, Function<R, String> text, Comparator<R> order, double width,
                                                boolean wrap) {
        TableColumn<R, R> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> wrap ? WrappingCells.table(column, text) : new TableCell<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        column.setComparator(order);
        column.setPrefWidth(width);
        column.setMinWidth(wrap ? Math.min(width, 64) : width);
        return column;
    }

    private static void wrapping(ListView<String> list, ObservableList<String> items) {
        list.setItems(items);
        list.setCellFactory(l -> WrappingCells.list(list, Function.identity()));
    }

    /** An empty table shows why and a button for each change that would help. */
    private void placeholder(TableView<?> table, ObservableStringValue why, ObservableList<RescueAction> help) {
        Label text = new Label();
        text.textProperty().bind(why);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.EMPTY_STATE);
        FlowPane buttons = new FlowPane(8, 8);
        help.addListener((ListChangeListener<RescueAction>) c -> {
            buttons.getChildren().clear();
            for (RescueAction action : help) {
                Button b = new Button(action.label());
                b.setGraphic(Icons.icon(Icons.IDEA));
                b.setOnAction(e -> apply.accept(action));
                buttons.getChildren().add(b);
            }
        });
        VBox box = new VBox(10, text, buttons);
        box.setMaxWidth(640);
        table.setPlaceholder(box);
    }

    @FXML
    void back() {
        model.close();
    }

    @FXML
    private void compare() {
        compare.accept(currentRome());
    }

    @FXML
    private void plan() {
        plan.accept(currentRome());
    }

    private String currentRome() {
        return model.romeProperty().get();
    }
}
