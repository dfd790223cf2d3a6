package fr.passerelle.ui.market;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The market table's headers wrap between words (theme.css, {@code .wrap-headers}), never inside one and never into
 * "…": each column is kept at least as wide as the longest word of its name in the header's own font ("demandeur",
 * "difficulty"), measured again when a name changes (the year comes with the search, the language with the window), and
 * the header's tooltip gives the full name. At 1366 × 768 "Offres par demandeur" used to end in "deman…".
 */
final class HeaderFit {
    /** Room around the text: the header label's padding and the sort arrow's column. */
    private static final double MARGIN = 22;

    private final TableView<?> table;

    private HeaderFit(TableView<?> table) {
        this.table = table;
    }

    static void apply(TableView<?> table) {
        HeaderFit fit = new HeaderFit(table);
        for (TableColumn<?, ?> column : table.getColumns()) {
            double declared = column.getMinWidth();
            column.getProperties().put(HeaderFit.class, declared);
            column.textProperty().addListener((obs, o, n) -> fit.later());
        }
        // The headers exist once the table is skinned and styled (their font comes from the theme).
        table.skinProperty().addListener((obs, o, n) -> fit.later());
        table.sceneProperty().addListener((obs, o, n) -> fit.later());
        fit.later();
    }

    private void later() {
        Platform.runLater(this::fit);
    }

    private void fit() {
        for (Node node : table.lookupAll(".column-header")) {
            if (!(node instanceof TableColumnHeader header) || header.getTableColumn() == null
                    || !table.getColumns().contains(header.getTableColumn())) {
                continue;
            }
            javafx.scene.control.TableColumnBase<?, ?> column = header.getTableColumn();
            Node found = header.lookup(".label");
            if (!(found instanceof Label label)) {
                continue;
            }
            String name = column.getText() == null ? "" : column.getText();
            if (label.getTooltip() == null) {
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(column.textProperty());
                tip.setWrapText(true);
                tip.setMaxWidth(400);
                label.setTooltip(tip);
            }
            double declared = (Double) column.getProperties().getOrDefault(HeaderFit.class, column.getMinWidth());
            column.setMinWidth(Math.max(declared, Math.ceil(widestWord(name, label.getFont()) + MARGIN)));
        }
    }

    /** The width of the longest word of {@code text} in {@code font}: the narrowest the header can be without cutting it. */
    static double widestWord(String text, Font font) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            Text t = new Text(word);
            t.setFont(font);
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
