package fr.passerelle.ui.search;

import fr.passerelle.search.JobMatch;
import fr.passerelle.ui.common.Shortcuts;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Job-title search: binds the field and the results; Return or a double-click takes a result into the profile. */
public final class SearchView implements Shortcuts {
    private final SearchViewModel model;

    @FXML private TextField searchField;
    @FXML private TableView<JobMatch> resultsTable;
    @FXML private TableColumn<JobMatch, String> codeColumn;
    @FXML private TableColumn<JobMatch, String> titleColumn;
    @FXML private TableColumn<JobMatch, String> occupationColumn;
    @FXML private Label messageLabel;

    public SearchView(SearchViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.queryProperty());
        resultsTable.setItems(model.results());
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title().romeCode().value()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title().label()));
        occupationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title().romeLabel()));
        resultsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        messageLabel.textProperty().bind(model.messageProperty());
        resultsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.use(resultsTable.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        resultsTable.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<JobMatch>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.use(row.getItem());
                }
            });
            return row;
        });
        // Down from the field goes to the results, so that Return can take one.
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.results().isEmpty()) {
                resultsTable.requestFocus();
                resultsTable.getSelectionModel().selectFirst();
                e.consume();
            }
        });
    }

    public void focus() {
        searchField.requestFocus();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focus);
    }
}
