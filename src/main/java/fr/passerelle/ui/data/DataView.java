package fr.passerelle.ui.data;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Icons;
import fr.passerelle.ui.common.Shortcuts;
import fr.passerelle.ui.common.WrappingCells;
import java.time.ZoneId;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Where the figures come from, and the import of official files. */
public final class DataView implements Shortcuts {
    private static final java.time.format.DateTimeFormatter ENGLISH_SHORT_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private final DataViewModel model;

    @FXML private Label sampleLabel;
    @FXML private Button importButton;
    @FXML private Button cancelButton;
    @FXML private Button folderButton;
    @FXML private javafx.scene.control.ListView<FileProgress> filesList;
    @FXML private TableColumn<DatasetInfo, java.time.LocalDate> ageColumn;
    @FXML private TableColumn<DatasetInfo, String> natureColumn;
    @FXML private Label messageLabel;
    @FXML private TableView<DatasetInfo> datasetsTable;
    @FXML private TableColumn<DatasetInfo, DatasetInfo> datasetColumn;
    @FXML private TableColumn<DatasetInfo, String> versionColumn;
    @FXML private TableColumn<DatasetInfo, Number> rowsColumn;
    @FXML private TableColumn<DatasetInfo, String> importedColumn;
    @FXML private TableColumn<DatasetInfo, String> sourceColumn;

    public DataView(DataViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        importButton.setGraphic(Icons.icon(Icons.IMPORT));
        sampleLabel.visibleProperty().bind(model.sampleProperty());
        sampleLabel.managedProperty().bind(model.sampleProperty());
        // While the cache opens at start (startup.md) the list says so, and importing waits (the buttons say why).
        javafx.beans.binding.BooleanBinding waiting = model.importingProperty().or(model.dataKnownProperty().not());
        importButton.disableProperty().bind(waiting);
        folderButton.setGraphic(Icons.icon(Icons.FOLDER));
        folderButton.disableProperty().bind(waiting);
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(model.dataKnownProperty())
                .then(model.messages().get("data.empty")).otherwise(model.messages().get("shell.loading")));
        datasetsTable.setPlaceholder(empty);
        // A disabled button shows no tooltip in JavaFX: the row holding the buttons shows it while the data opens.
        javafx.scene.control.Tooltip opening = new javafx.scene.control.Tooltip(model.messages().get("data.import.opening"));
        Runnable explain = () -> {
            if (model.dataKnownProperty().get()) {
                javafx.scene.control.Tooltip.uninstall(importButton.getParent(), opening);
                importButton.setAccessibleHelp(null);
            } else {
                javafx.scene.control.Tooltip.install(importButton.getParent(), opening);
                importButton.setAccessibleHelp(opening.getText());
            }
        };
        explain.run();
        model.dataKnownProperty().addListener((obs, was, known) -> explain.run());
        cancelButton.setGraphic(Icons.icon(Icons.CANCEL));
        filesList.setItems(model.files());
        filesList.setCellFactory(l -> new FileCell());
        filesList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.files()));
        filesList.managedProperty().bind(filesList.visibleProperty());
        filesList.setAccessibleText(model.messages().get("data.files.accessible"));
        datasetsTable.setAccessibleText(model.messages().get("data.table.accessible"));
        // Ages are worked out once per list of datasets, not in every cell update (cells are updated often).
        java.time.LocalDate today = java.time.LocalDate.now();
        java.util.Map<DatasetInfo, String> ages = new java.util.HashMap<>();
        java.util.Map<DatasetInfo, java.time.LocalDate> asOf = new java.util.HashMap<>();
        Runnable computeAges = () -> {
            ages.clear();
            asOf.clear();
            for (DatasetInfo d : model.datasets()) {
                ages.put(d, DatasetAge.text(d, today, model.messages()));
                asOf.put(d, DatasetAge.asOf(d));
            }
        };
        computeAges.run();
        model.datasets().addListener((javafx.collections.ListChangeListener<DatasetInfo>) c -> computeAges.run());
        // Sorted by the date the figures refer to (oldest last), shown as an age in words.
        ageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(asOf.get(c.getValue())));
        ageColumn.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()));
        ageColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                DatasetInfo row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : ages.get(row));
            }
        });
        natureColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.messages().get(
                c.getValue().isSample() ? "data.nature.sample" : "data.nature.real")));
        cancelButton.visibleProperty().bind(model.importingProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        datasetsTable.setItems(model.datasets());
        // The dataset's name is the key column: it wraps rather than ends in "…".
        datasetColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        datasetColumn.setCellFactory(c -> WrappingCells.table(datasetColumn, DatasetInfo::label));
        datasetColumn.setComparator(java.util.Comparator.comparing(DatasetInfo::label));
        versionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().version() == null ? "" : c.getValue().version()));
        rowsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowsStored()));
        rowsColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.messages().number(item.longValue()));
            }
        });
        importedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                shortDate(c.getValue().importedAt().atZone(ZoneId.systemDefault()).toLocalDate())));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        datasetsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** The import day in the window's language: "1er déc. 2026" / "1 Dec 2026". */
    private String shortDate(java.time.LocalDate day) {
        return model.messages().isEnglish() ? ENGLISH_SHORT_DATE.format(day) : FrenchFormats.shortDate(day);
    }

    @FXML
    private void importFiles() {
        model.chooseAndImport();
    }

    @FXML
    private void importFolder() {
        model.chooseFolderAndImport();
    }

    /** A file of the import: its name and format, its own progress bar, its state. */
    private static final class FileCell extends javafx.scene.control.ListCell<FileProgress> {
        private final Label name = new Label();
        private final javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        private final Label state = new Label();
        private final javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(10, name, bar, state);

        FileCell() {
            bar.setPrefWidth(220);
            name.setMinWidth(0);
            name.setPrefWidth(420);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(FileProgress item, boolean empty) {
            super.updateItem(item, empty);
            bar.progressProperty().unbind();
            state.textProperty().unbind();
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name() + " (" + item.format() + ")");
            bar.progressProperty().bind(item.progressProperty());
            state.textProperty().bind(item.stateProperty());
            bar.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat(item.name(), " : ", item.stateProperty()));
            setGraphic(box);
        }
    }

    @FXML
    private void cancel() {
        model.cancelImport();
    }

    public void focus() {
        importButton.requestFocus();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), model::chooseAndImport);
    }
}
