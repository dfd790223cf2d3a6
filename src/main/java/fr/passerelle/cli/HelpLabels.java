package fr.passerelle.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The value labels of the help in the run's language ({@code --home=DOSSIER} / {@code --home=FOLDER}): picocli reads
 * descriptions from the bundle but not the {@code paramLabel}s, so the help draws each label through this renderer,
 * which asks {@link CliLanguage#label} for it. The labels of the model stay as written (French), so that parsing and
 * the French help do not change at all; only the English help and the English errors ({@link ParameterErrors}) say
 * them in English.
 */
final class HelpLabels implements CommandLine.IHelpFactory {
    private final CliLanguage language;

    HelpLabels(CliLanguage language) {
        this.language = language;
    }

    @Override
    public Help create(CommandSpec spec, ColorScheme scheme) {
        return new Help(spec, scheme) {
            private final Help.IParamLabelRenderer said = new Said(super.parameterLabelRenderer());

            @Override
            public Help.IParamLabelRenderer parameterLabelRenderer() {
                return said;
            }
        };
    }

    /** picocli's own renderer (brackets, repetition, separator), given a copy of the option with the label said. */
    private final class Said implements Help.IParamLabelRenderer {
        private final Help.IParamLabelRenderer plain;

        Said(Help.IParamLabelRenderer plain) {
            this.plain = plain;
        }

        @Override
        public Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<IStyle> styles) {
            String label = language.label(arg.paramLabel());
            if (label.equals(arg.paramLabel())) {
                return plain.renderParameterLabel(arg, ansi, styles);
            }
            ArgSpec copy = arg instanceof OptionSpec o ? OptionSpec.builder(o).paramLabel(label).build()
                    : PositionalParamSpec.builder((PositionalParamSpec) arg).paramLabel(label).build();
            return plain.renderParameterLabel(copy, ansi, styles);
        }

        @Override
        public String separator() {
            return plain.separator();
        }
    }
}
