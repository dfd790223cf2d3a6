package fr.passerelle.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the command line on a data folder, as typed after {@code passerelle --home HOME}: exit code, output, errors. */
record CliRun(int exit, String out, String err) {
    static CliRun in(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
