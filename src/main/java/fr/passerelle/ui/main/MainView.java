package fr.passerelle.ui.main;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.search.JobMatch;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** FXML controller of the first screen: binds controls to {@link MainViewModel}, nothing more. */
public final class MainView {
    private final MainViewModel model;

    @FXML private TextField searchField;
    @FXML private TableView<JobMatch> resultsTable;
    @FXML private TableColumn<JobMatch, String> codeColumn;
    @FXML private TableColumn<JobMatch, String> titleColumn;
    @FXML private TableColumn<JobMatch, String> occupationColumn;
    @FXML private TableView<DatasetInfo> datasetsTable;
    @FXML private TableColumn<DatasetInfo, String> datasetColumn;
    @FXML private TableColumn<DatasetInfo, String> versionColumn;
    @FXML private TableColumn<DatasetInfo, Number> rowsColumn;
    @FXML private TableColumn<DatasetInfo, String> importedColumn;
    @FXML private TableColumn<DatasetInfo, String> sourceColumn;
    @FXML private Label sampleBanner;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private Label messageLabel;

    public MainView(MainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.queryProperty());
        resultsTable.setItems(model.results());
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title().romeCode().value()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title().label()));
        occupationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title().romeLabel()));
        datasetsTable.setItems(model.datasets());
        datasetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        versionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().version() == null ? "" : c.getValue().version()));
        rowsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowsStored()));
        importedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().importedAt().toString().substring(0, 10)));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        sampleBanner.visibleProperty().bind(model.sampleDataProperty());
        sampleBanner.managedProperty().bind(model.sampleDataProperty());
        resultsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.busyProperty());
        cancelButton.visibleProperty().bind(model.busyProperty());
        messageLabel.textProperty().bind(model.messageProperty());
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
