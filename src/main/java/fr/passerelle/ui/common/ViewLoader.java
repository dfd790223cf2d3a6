package fr.passerelle.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML ({@code XxxView.fxml} beside {@code XxxView.class} in the resources) with the UI texts and a
 * controller factory that builds controllers by constructor from what the composition root registered (as
 * cryptomator's FxmlLoaderFactory does): views get their view model in their constructor, never from a static.
 */
public final class ViewLoader {
    private final Messages messages;
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    /** Says how to build the controller of one view. */
    public <T> ViewLoader register(Class<T> type, Supplier<? extends T> factory) {
        controllers.put(type, factory);
        return this;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<T>(Parent root, T controller) {
    }

    public <T> Loaded<T> load(Class<T> viewType) {
        URL fxml = viewType.getResource(viewType.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("no FXML for " + viewType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(this::controller);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    private Object controller(Class<?> type) {
        Supplier<?> factory = controllers.get(type);
        if (factory == null) {
            throw new IllegalStateException("no controller registered for " + type.getName());
        }
        return factory.get();
    }
}
