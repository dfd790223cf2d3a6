package fr.passerelle.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A mistake on the command line said in one line, in the user's language, exit code 2: picocli's own errors
 * (unknown command or option, with a suggestion, missing or invalid value, extra argument) are recognised by type and
 * rewritten; the commands' own errors are said where they are thrown (in the run's language for funding, plan and
 * generate) and pass as they are.
 */
final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
    /** picocli's "option '--limit' (N)" in its messages, and what followed an option that needed a value. */
    private static final Pattern EXPECTED = Pattern.compile("option '([^']+)'(?: \\(([^)]*)\\))? but found '([^']*)'");

    private final CliLanguage language;

    ParameterErrors(CliLanguage language) {
        this.language = language;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        e.getCommandLine().getErr().println("passerelle: " + describe(e));
        return 2;
    }

    String describe(ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(u, spec);
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return missing(m, spec);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return language.text("error.twice", name(o.getOverwritten()));
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return e.getArgSpec() == null ? language.text("error.other", e.getMessage()) : language.text("error.tooMany", name(e.getArgSpec()));
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            String names = e.getMessage().replaceFirst("^Error: ", "").replaceFirst(" are mutually exclusive.*$", "");
            return language.text("error.exclusive", names);
        }
        if (e.getCause() != null && e.getArgSpec() != null && e.getValue() != null) {
            return invalid(e.getArgSpec(), e.getValue());
        }
        if ("Missing required subcommand".equals(e.getMessage())) {
            return language.text("error.missingCommand", String.join(", ", commands(spec)));
        }
        // The commands' own ParameterExceptions: said where they are thrown (generate: in the run's language).
        return language.text("error.other", e.getMessage());
    }

    private String unmatched(CommandLine.UnmatchedArgumentException u, CommandSpec spec) {
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty()) {
            // "Unknown option: '--x'; Expected parameter for option '--limit' (N) but found '--x'".
            Matcher m = EXPECTED.matcher(u.getMessage());
            return m.find() ? language.text("error.valueExpected", m.group(1), label(spec, m.group(1)), m.group(3))
                    : language.text("error.other", u.getMessage());
        }
        String first = unmatched.get(0);
        if (u.isUnknownOption()) {
            String typed = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> close = Suggestions.closest(typed, optionNames(spec));
            return close.isEmpty() ? language.text("error.unknownOption.list", typed, spec.qualifiedName())
                    : language.text("error.unknownOption.suggest", typed, String.join(language.text("join.or"), close));
        }
        if (!spec.subcommands().isEmpty()) {
            List<String> close = Suggestions.closest(first, commands(spec));
            return close.isEmpty() ? language.text("error.unknownCommand.list", first, String.join(", ", commands(spec)))
                    : language.text("error.unknownCommand.suggest", first, String.join(language.text("join.or"), close));
        }
        if (unmatched.size() == 1) {
            return language.text("error.extraArgument", first, spec.qualifiedName());
        }
        String quoted = unmatched.stream().map(a -> "« " + a + " »").collect(Collectors.joining(", "));
        return language.text("error.extraArguments", quoted, spec.qualifiedName());
    }

    private String missing(CommandLine.MissingParameterException m, CommandSpec spec) {
        String message = m.getMessage();
        Matcher expected = EXPECTED.matcher(message);
        if (message.startsWith("Expected parameter") && expected.find()) {
            return language.text("error.valueExpected", expected.group(1), label(spec, expected.group(1)), expected.group(3));
        }
        List<ArgSpec> missing = m.getMissing() == null ? List.of() : m.getMissing();
        if (missing.isEmpty()) {
            return language.text("error.other", message);
        }
        if (message.startsWith("Missing required parameter for option")) {
            ArgSpec option = missing.get(0);
            return language.text("error.missingValue", name(option), label(option));
        }
        List<String> names = missing.stream().map(this::nameWithLabel).toList();
        if (message.contains("specify one of these")) {
            return language.text("error.oneOf", String.join(", ", names));
        }
        boolean options = missing.stream().allMatch(ArgSpec::isOption);
        String key = (options ? "error.missingOption" : "error.missingParameter") + (names.size() > 1 ? "s" : "");
        return language.text(key, String.join(", ", names));
    }

    private String invalid(ArgSpec arg, String value) {
        Class<?> type = arg.type();
        if (type.isEnum()) {
            List<String> choices = new ArrayList<>();
            arg.completionCandidates().forEach(choices::add);
            return language.text("error.invalidChoice", name(arg), value, String.join(", ", choices));
        }
        String expected;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            expected = language.text("type.integer");
        } else if (type == double.class || type == Double.class || type == BigDecimal.class) {
            expected = language.text("type.number");
        } else if (type == LocalDate.class) {
            expected = language.text("type.date");
        } else if (type == Path.class) {
            expected = language.text("type.path");
        } else {
            expected = language.text("type.other");
        }
        return language.text("error.invalidValue", name(arg), value, expected);
    }

    /**
     * The value's label as the help shows it in this language (N, DOSSIER / FOLDER); picocli's own default,
     * {@code <limit>}, without its brackets.
     */
    private String label(ArgSpec arg) {
        return language.label(arg.paramLabel()).replace("<", "").replace(">", "");
    }

    private String label(CommandSpec spec, String optionName) {
        OptionSpec option = spec.findOption(optionName);
        return option == null ? "" : label(option);
    }

    private String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : language.label(arg.paramLabel());
    }

    private String nameWithLabel(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return o.typeInfo().isBoolean() ? o.longestName() : o.longestName() + " " + label(o);
        }
        return label(arg);
    }

    private static List<String> optionNames(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.hidden()).flatMap(o -> java.util.Arrays.stream(o.names()))
                .filter(n -> n.startsWith("--")).toList();
    }

    private static List<String> commands(CommandSpec spec) {
        return spec.subcommands().entrySet().stream()
                .filter(c -> !c.getValue().getCommandSpec().usageMessage().hidden()).map(java.util.Map.Entry::getKey).toList();
    }
}
