package fr.passerelle.ui.compare;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Occupations side by side: one column each, one row per criterion, rebuilt when the choice changes. */
public final class CompareView {
    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("compare.criterion.time", CompareColumn::timeToJob),
            new Criterion("compare.criterion.leftToPay", CompareColumn::leftToPay),
            new Criterion("compare.criterion.demand", CompareColumn::demand),
            new Criterion("compare.criterion.distance", CompareColumn::distance),
            new Criterion("compare.criterion.skills", CompareColumn::skillsToAcquire),
            new Criterion("compare.criterion.companies", CompareColumn::companies));

    /** A row of the comparison: the key of its name in messages.properties, and its value in each column. */
    private record Criterion(String key, Function<CompareColumn, String> value) {
    }

    private final CompareViewModel model;

    @FXML private Label noteLabel;
    @FXML private GridPane grid;

    public CompareView(CompareViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        noteLabel.textProperty().bind(model.noteProperty());
        model.columns().addListener((ListChangeListener<CompareColumn>) c -> build());
        build();
    }

    private void build() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        ColumnConstraints first = new ColumnConstraints(170, 190, 220);
        grid.getColumnConstraints().add(first);
        for (int c = 0; c < model.columns().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints(200, 320, Double.MAX_VALUE);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
            CompareColumn column = model.columns().get(c);
            grid.add(cell(column.label() + "\n" + column.rome(), "compare-header"), c + 1, 0);
        }
        for (int r = 0; r < CRITERIA.size(); r++) {
            Criterion criterion = CRITERIA.get(r);
            grid.add(cell(model.criterion(criterion.key()), "compare-criterion"), 0, r + 1);
            for (int c = 0; c < model.columns().size(); c++) {
                grid.add(cell(criterion.value().apply(model.columns().get(c)), "compare-cell"), c + 1, r + 1);
            }
        }
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.getStyleClass().add(style);
        label.setFocusTraversable(style.equals("compare-header"));
        return label;
    }
}
