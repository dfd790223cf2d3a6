package fr.passerelle.ui.shell;

import fr.passerelle.ui.common.Shortcuts;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * A screen for the shell: its root, its shortcuts, and where the focus goes when it is shown. A lazy entry loads its
 * view the first time the shell asks for it (on the FX thread, when the screen is first shown): the window's first
 * frame then waits for the screen it shows only, not for all of them (startup.md). Views render their model's current
 * state when they are built, so a screen built late shows what happened before it existed.
 */
public final class ScreenEntry {
    private Supplier<ScreenEntry> build;
    private Parent root;
    private Shortcuts shortcuts;
    private Runnable focus;

    private ScreenEntry(Supplier<ScreenEntry> build) {
        this.build = build;
    }

    public static ScreenEntry of(Parent root, Object controller, Runnable focus) {
        ScreenEntry entry = new ScreenEntry(null);
        entry.root = Objects.requireNonNull(root);
        entry.shortcuts = controller instanceof Shortcuts s ? s : Map::of;
        entry.focus = focus;
        return entry;
    }

    /** An entry whose view is loaded by {@code build} on first use, once. */
    public static ScreenEntry lazy(Supplier<ScreenEntry> build) {
        return new ScreenEntry(Objects.requireNonNull(build));
    }

    /** Whether the view exists yet (a lazy entry not shown yet has none: nothing to hide). */
    public boolean built() {
        return build == null;
    }

    public Parent root() {
        load();
        return root;
    }

    public Shortcuts shortcuts() {
        load();
        return shortcuts;
    }

    public Runnable focus() {
        load();
        return focus;
    }

    private void load() {
        if (build != null) {
            ScreenEntry loaded = build.get();
            root = loaded.root();
            shortcuts = loaded.shortcuts();
            focus = loaded.focus();
            build = null;
        }
    }
}
