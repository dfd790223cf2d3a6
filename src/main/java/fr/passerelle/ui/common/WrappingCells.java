package fr.passerelle.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * List and table cells whose text wraps onto as many lines as it needs, so that a long title or reason is read in
 * full instead of ending in "…" (a plain cell's wrapText stops at the cell's computed height).
 */
public final class WrappingCells {
    private WrappingCells() {
    }

    public static <T> ListCell<T> list(ListView<T> list, Function<T, String> text) {
        return new ListCell<>() {
            private final Text content = new Text();

            {
                content.getStyleClass().add("cell-text");
                content.wrappingWidthProperty().bind(list.widthProperty().subtract(36));
                content.fillProperty().bind(textFillProperty());
                content.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    content.setText(text.apply(item));
                    setGraphic(content);
                }
            }
        };
    }

    public static <R> TableCell<R, R> table(TableColumn<R, R> column, Function<R, String> text) {
        return new TableCell<>() {
            private final Text content = new Text();

            {
                content.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                content.fillProperty().bind(textFillProperty());
                content.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    content.setText(text.apply(item));
                    setGraphic(content);
                }
            }
        };
    }
}
