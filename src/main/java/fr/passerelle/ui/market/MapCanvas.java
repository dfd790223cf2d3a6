package fr.passerelle.ui.market;

import java.util.function.IntFunction;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * Draws the map view model's outlines on a canvas that fills its pane, the viewport fitted with the same scale on
 * both axes (so France keeps its shape), and turns a click back into plane coordinates for the view model.
 */
final class MapCanvas {
    /** Sequential blues, light (weak tension) to dark (strong); grey for "no figure". Text never sits on them. */
    static final Color[] PALETTE = {Color.web("#d9d9d9"), Color.web("#deebf7"), Color.web("#9ecae1"), Color.web("#6baed6"),
            Color.web("#3182bd"), Color.web("#08519c")};

    private final Canvas canvas = new Canvas();
    private final MapViewModel model;
    private double scale;
    private double offsetX;
    private double offsetY;

    MapCanvas(Pane pane, MapViewModel model, IntFunction<String> describe) {
        this.model = model;
        pane.getChildren().add(canvas);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        model.viewportProperty().addListener(o -> draw());
        model.figuresProperty().addListener(o -> draw());
        model.selectedProperty().addListener(o -> draw());
        model.shapes().addListener((javafx.collections.ListChangeListener<DepartementShape>) c -> draw());
        canvas.setOnMouseClicked(e -> model.click(planeX(e.getX()), planeY(e.getY())));
        pane.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        pane.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> describe.apply(model.shapes().size()), model.shapes(), model.occupationProperty()));
    }

    double planeX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    double planeY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    /** Screen coordinates of a plane point (tests click on a département's middle). */
    double screenX(double planeX) {
        return planeX * scale + offsetX;
    }

    double screenY(double planeY) {
        return planeY * scale + offsetY;
    }

    Canvas canvas() {
        return canvas;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        MapViewModel.Viewport v = model.viewportProperty().get();
        if (v == null || w <= 0 || h <= 0) {
            return;
        }
        double margin = 8;
        scale = Math.min((w - 2 * margin) / (v.maxX() - v.minX()), (h - 2 * margin) / (v.maxY() - v.minY()));
        offsetX = (w - (v.maxX() - v.minX()) * scale) / 2 - v.minX() * scale;
        offsetY = (h - (v.maxY() - v.minY()) * scale) / 2 - v.minY() * scale;
        DepartementShape selected = model.selectedProperty().get();
        for (DepartementShape shape : model.shapes()) {
            g.setFill(PALETTE[model.colourClass(shape.code())]);
            g.setStroke(Color.WHITE);
            g.setLineWidth(0.8);
            trace(g, shape);
        }
        if (selected != null) {
            g.setStroke(Color.BLACK);
            g.setLineWidth(3);
            g.setFill(Color.TRANSPARENT);
            trace(g, selected);
        }
    }

    private void trace(GraphicsContext g, DepartementShape shape) {
        for (double[] ring : shape.rings()) {
            g.beginPath();
            for (int i = 0; i < ring.length; i += 2) {
                double x = ring[i] * scale + offsetX;
                double y = ring[i + 1] * scale + offsetY;
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.closePath();
            g.fill();
            g.stroke();
        }
    }
}
