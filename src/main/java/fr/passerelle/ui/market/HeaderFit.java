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
 * "…": each column is kept at least as wide as its name needs to fit on the header's three lines without cutting a
 * word, in the header's own font ("demandeur", "Offres au 21 décembre 2021"), measured again when a name changes (the year comes with the search, the language with the window), and
 * the header's tooltip gives the full name. At 1366 × 768 "Offres par demandeur" used to end in "deman…".
 */
final class HeaderFit {
    /** The lines a header holds: market.css gives the headers 4.6em, three lines of text. */
    static final int MAX_LINES = 3;

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
        boolean changed = false;
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
            // Around the text: the label's padding and the header's, as the theme sets them, and a pixel each side.
            double margin = label.snappedLeftInset() + label.snappedRightInset() + header.snappedLeftInset() + header.snappedRightInset() + 2;
            double min = Math.max(declared, Math.ceil(narrowest(name, label.getFont()) + margin));
            changed |= min != column.getMinWidth();
            column.setMinWidth(min);
        }
        if (changed) {
            // A column grown to its new minimum does not make the others give way by itself: the constrained policy is
            // applied again, so that the columns share the table's width once more.
            var policy = table.getColumnResizePolicy();
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            table.setColumnResizePolicy(policy);
        }
    }

    /**
     * The narrowest text width at which {@code text} wraps on at most {@link #MAX_LINES} lines with no word cut: from
     * the longest word's width up, a few pixels at a time (a header name has a handful of words).
     */
    static double narrowest(String text, Font font) {
        double width = widestWord(text, font);
        while (lines(text, font, width) > MAX_LINES) {
            width += 2;
        }
        return width;
    }

    /** How many lines {@code text} takes when wrapped word by word at {@code width}, as a Text node wraps it. */
    static int lines(String text, Font font, double width) {
        int lines = 1;
        String line = "";
        for (String word : text.trim().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(longer, font) <= width) {
                line = longer;
            } else {
                lines++;
                line = word;
            }
        }
        return lines;
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
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
