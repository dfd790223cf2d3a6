package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option and parameter of every command, sub-commands of {@code profiles} included, is described in the help and
 * has a French value label: before, {@code profiles add --help} showed {@code --first-name=<firstName>},
 * {@code --age=<age>} with no description, and {@code profiles export} an English {@code --out=FILE}.
 */
class HelpCompletenessTest {

    @Test
    void everyOptionAndParameterIsDescribedWithAFrenchValueLabel() {
        List<String> flaws = new ArrayList<>();
        walk(new CommandLine(new PasserelleCommand(h -> {
        })), flaws);
        assertEquals(List.of(), flaws);
    }

    private static void walk(CommandLine cli, List<String> flaws) {
        CommandSpec spec = cli.getCommandSpec();
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            if (arg.inherited() || arg instanceof OptionSpec o && (o.usageHelp() || o.versionHelp())) {
                continue;
            }
            String name = spec.qualifiedName(" ") + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel());
            if (String.join("", arg.description()).isBlank()) {
                flaws.add(name + ": no description");
            }
            boolean takesValue = arg.arity().max() > 0;
            if (takesValue && (arg.paramLabel().startsWith("<") || arg.paramLabel().equals("FILE"))) {
                flaws.add(name + ": label " + arg.paramLabel());
            }
        }
        cli.getSubcommands().values().stream().distinct().forEach(sub -> walk(sub, flaws));
    }
}
