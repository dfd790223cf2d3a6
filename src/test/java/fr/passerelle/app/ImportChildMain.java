package fr.passerelle.app;

import fr.passerelle.core.ProgressListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The process the crash test kills: imports files into a home with a fixed clock (so that the state it would publish
 * can be computed beforehand), printing {@code @@started}, its progress and {@code @@done} on stderr. The store's
 * named phases come on top with {@code -Dpasserelle.test.phases} (see CrashPoints).
 * Arguments: HOME INSTANT PATH...
 */
public final class ImportChildMain {
    private ImportChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Clock clock = Clock.fixed(Instant.parse(args[1]), ZoneOffset.UTC);
        List<Path> paths = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        System.err.println("@@started");
        try (Workstation workstation = Workstation.open(new Home(home), clock)) {
            workstation.importPaths(paths, new ProgressListener() {
                private String last = "";

                @Override
                public void progress(String step, long done, long total) {
                    if (!step.equals(last)) {
                        last = step;
                        System.err.println("@@file " + step);
                    }
                }
            });
        }
        System.err.println("@@done");
        System.exit(0);
    }
}
