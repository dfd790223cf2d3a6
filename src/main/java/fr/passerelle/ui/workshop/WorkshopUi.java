package fr.passerelle.ui.workshop;

import fr.passerelle.app.PathService;
import fr.passerelle.app.Personas;
import fr.passerelle.ui.common.DialogService;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.common.ViewLoader;
import fr.passerelle.ui.market.MarketSource;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Scene;

/**
 * The composition root of the workshop window: its view model and view, a scene in projector type (the whole theme
 * scaled from a larger root font) in the high-contrast theme. It holds no interview state: no person is ever open.
 */
public final class WorkshopUi {
    /** The root font size on a projector: about 1.6 times the workstation's 14 px. */
    public static final double PROJECTOR_FONT_PX = 22;

    private final WorkshopViewModel model;
    private final Scene scene;
    private final String title;

    /**
     * @param theme applies the application's theme to a scene (light or high contrast), as the workstation does
     */
    public WorkshopUi(PathService paths, MarketSource market, WorkshopSheets sheets, TaskRunner tasks, DialogService dialogs,
                      Messages messages, List<Personas.Persona> personas, double width, double height,
                      BiConsumer<Scene, Boolean> theme, String themeCss) {
        model = new WorkshopViewModel(paths, market, sheets, tasks, dialogs, messages, personas);
        ViewLoader loader = new ViewLoader(messages).register(WorkshopView.class, () -> new WorkshopView(model, messages));
        var loaded = loader.load(WorkshopView.class);
        scene = new Scene(loaded.root(), width, height);
        scene.getStylesheets().add(themeCss);
        loaded.root().setStyle("-fx-font-size: " + PROJECTOR_FONT_PX + "px;");
        theme.accept(scene, true);
        loaded.controller().install(scene);
        title = messages.get("workshop.window.title");
    }

    public Scene scene() {
        return scene;
    }

    public WorkshopViewModel model() {
        return model;
    }

    /** "Passerelle — Atelier". */
    public String title() {
        return title;
    }
}
