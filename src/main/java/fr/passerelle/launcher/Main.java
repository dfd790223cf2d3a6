package fr.passerelle.launcher;

import fr.passerelle.app.Home;
import fr.passerelle.cli.PasserelleCommand;

/**
 * Entry point of the jar and of the packaged app. Does not extend {@code Application}, so that the plain jar starts
 * with JavaFX on the class path, and so that command-line use never loads JavaFX. It sits in its own package, above
 * {@code cli} and {@code ui}, and nothing depends on it: the composition root ({@code app}) then needs neither, and the
 * packages have no cycle (LayerRulesTest).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // jOOQ prints a banner and a tip at start: noise on a counsellor's terminal.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (fr.passerelle.cli.WindowArgs.opensWindow(args)) {
            // The window: JavaFX starts while picocli reads the arguments and her profile file (startup.md).
            fr.passerelle.ui.shell.WorkstationWindow.startJavaFxEarly();
        }
        int code = PasserelleCommand.run(new PasserelleCommand.WindowLauncher() {
            @Override
            public void launch(Home home) {
                launch(home, PasserelleCommand.WindowStart.PLAIN);
            }

            @Override
            public void launch(Home home, PasserelleCommand.WindowStart start) {
                openWindow(home, start);
            }
        }, args);
        System.exit(code);
    }

    private static void openWindow(Home home, PasserelleCommand.WindowStart start) {
        // Loaded only here: the CLI commands never touch JavaFX classes.
        fr.passerelle.ui.shell.WorkstationWindow.showAndWait(home, start.profile(), start.screen());
    }
}
