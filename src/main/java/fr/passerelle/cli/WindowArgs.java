package fr.passerelle.cli;

import java.util.Set;

/**
 * Tells from the raw arguments, before picocli reads them, whether this run opens the window: then the launcher starts
 * JavaFX at once, alongside the parsing (startup.md). A guess on the root options only: when unsure (an unknown
 * option, a command name, help) it says no, and JavaFX starts later, as it always did; a wrong "yes" (a profile file
 * picocli then refuses) only costs a JavaFX start in a process about to exit.
 */
public final class WindowArgs {
    /** The root options that take a value (PasserelleCommand), given as "--home DIR" or "--home=DIR". */
    private static final Set<String> WITH_VALUE = Set.of("--home", "--lang", "--profile", "--screen");
    private static final Set<String> FLAGS = Set.of("--workshop");

    private WindowArgs() {
    }

    /** True when {@code args} hold only the window's own options: no command, no help, nothing unknown. */
    public static boolean opensWindow(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (WITH_VALUE.contains(name)) {
                if (name.equals(arg)) {
                    i++; // its value, whatever it is ("--screen plan" names a screen, not the plan command)
                }
            } else if (!FLAGS.contains(arg)) {
                return false; // a command, help, a version request, an unknown option
            }
        }
        return true;
    }
}
