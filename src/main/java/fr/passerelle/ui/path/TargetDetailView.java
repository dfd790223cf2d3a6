package fr.passerelle.ui.path;

import fr.passerelle.ui.common.Icons;
import fr.passerelle.ui.common.Styles;
import fr.passerelle.ui.common.WrappingCells;
import java.util.Comparator;
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
        sharedTitle.textProperty().bind(Bindings.createStringBinding(() -> "Compétences _acquises (" + model.sharedSkills().size() + ")",
                model.sharedSkills()));
        missingTitle.textProperty().bind(Bindings.createStringBinding(() -> "Compétences à acq_uérir (" + model.missingSkills().size() + ")",
                model.missingSkills()));
        sharedTitle.setMnemonicParsing(true);
        missingTitle.setMnemonicParsing(true);
        sharedList.setPlaceholder(new Label("Aucune compétence du métier visé dans son métier actuel"));
        missingList.setPlaceholder(new Label("Aucune compétence principale à acquérir"));
        trainingsTab.textProperty().bind(model.trainingsTitleProperty());
        companiesTab.textProperty().bind(model.companiesTitleProperty());
        trainingsTable.setItems(model.trainings());
        trainingsTable.getColumns().setAll(java.util.List.of(
                column("Intitulé", TrainingRow::title, Comparator.comparing(TrainingRow::title), 170, true),
                column("Organisme", TrainingRow::provider, Comparator.comparing(TrainingRow::provider), 120, true),
                column("Lieu", TrainingRow::place, Comparator.comparing(TrainingRow::place), 100, true),
                column("Dist.", TrainingRow::distance, Comparator.comparing(TrainingRow::distanceKm, Comparator.nullsLast(Comparator.naturalOrder())), 80, false),
                column("Durée", TrainingRow::hours, Comparator.comparing(TrainingRow::hoursValue, Comparator.nullsLast(Comparator.naturalOrder())), 66, false),
                column("Début", TrainingRow::startShort, Comparator.comparing(TrainingRow::startValue, Comparator.nullsLast(Comparator.naturalOrder())), 112, false),
                column("Coût", TrainingRow::cost, Comparator.comparing(TrainingRow::costValue, Comparator.nullsLast(Comparator.naturalOrder())), 76, true),
                column("Reste", TrainingRow::remaining, Comparator.comparing(TrainingRow::remainingValue, Comparator.nullsLast(Comparator.naturalOrder())), 76, true),
                column("Financeurs", TrainingRow::funders, Comparator.comparing(TrainingRow::funders), 100, true)));
        companiesTable.setItems(model.companies());
        companiesTable.getColumns().setAll(java.util.List.of(
                column("Entreprise", CompanyRow::name, Comparator.comparing(CompanyRow::name), 240, true),
                column("Commune", CompanyRow::commune, Comparator.comparing(CompanyRow::commune), 140, true),
                column("Distance", CompanyRow::distance, Comparator.comparingDouble(CompanyRow::distanceKm), 85, false),
                column("Score d'embauche", r -> r.score() + "/100", Comparator.comparingInt(CompanyRow::score), 130, false),
                column("Score", CompanyRow::source, Comparator.comparing(CompanyRow::source), 130, false),
                column("Secteur", CompanyRow::sector, Comparator.comparing(CompanyRow::sector), 100, false)));
        trainingsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        companiesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placeholder(trainingsTable, model.trainingsEmptyProperty(), model.trainingsHelp());
        placeholder(companiesTable, model.companiesEmptyProperty(), model.companiesHelp());
        model.openProperty().addListener((obs, o, open) -> {
            if (open) {
                trainingsTable.requestFocus();
            }
        });
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
