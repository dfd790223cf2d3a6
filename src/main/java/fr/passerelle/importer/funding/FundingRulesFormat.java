package fr.passerelle.importer.funding;

import fr.passerelle.funding.rules.RuleSet;
import fr.passerelle.funding.rules.RuleSetException;
import fr.passerelle.funding.rules.RuleSetReader;
import fr.passerelle.funding.rules.RulesDocument;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.NonCsvFormat;
import fr.passerelle.importer.ReadContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Funding rules (Passerelle's own format, src/site/markdown/funding.md): a YAML or JSON document validated as a whole
 * before anything is stored, then kept as one row. A new import replaces the previous rules, like any dataset.
 * Recognised by its name ({@code regles-financement*.yaml}) or by its {@code format: passerelle.funding/1} line.
 */
public final class FundingRulesFormat extends NonCsvFormat {
    public static final String KIND = "funding.rules";

    /** Rules apply to any data: updating them does not end the demonstration mode. */
    @Override
    public boolean replacesSamples() {
        return false;
    }
    private static final long MAX_BYTES = 2L << 20;
    private static final Pattern NAME = Pattern.compile("regles[-_]financement.*\\.(ya?ml|json)");
    private static final Pattern FORMAT_LINE = Pattern.compile("\"?format\"?\\s*:\\s*\"?" + Pattern.quote(RuleSet.FORMAT) + "\"?");

    public FundingRulesFormat() {
        super(KIND, "Règles de financement des formations", 900);
    }

    @Override
    public boolean matchesName(String fileName) {
        return NAME.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }

    /** The first 4 KB name the format ({@code format: passerelle.funding/1}). */
    @Override
    public boolean matchesContent(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return FORMAT_LINE.matcher(head).find();
        } catch (IOException e) {
            return false;
        }
    }

    /** The document's own version field (the file name carries none). */
    @Override
    public String version(Path file) {
        try {
            return RuleSetReader.read(text(file)).version();
        } catch (ImportException | RuleSetException e) {
            return null; // read() reports the problem with its line
        }
    }

    @Override
    public void read(Path file, ReadContext context) throws ImportException {
        String text = text(file);
        String name = file.getFileName().toString();
        RuleSet rules;
        try {
            rules = RuleSetReader.read(text);
        } catch (RuleSetException e) {
            throw new ImportException(name, e.line(), ImportWords.of(e));
        }
        List<String> missing = new ArrayList<>(RuleSetReader.expectedSchemes());
        missing.removeAll(rules.schemeIds());
        if (!missing.isEmpty()) {
            throw new ImportException(name, 0, ImportWords.say("import.funding.missing", String.join(", ", missing)));
        }
        if (rules.version().length() > RulesDocument.MAX_VERSION_LENGTH) {
            throw new ImportException(name, 0, ImportWords.say("import.funding.version"));
        }
        context.countRead();
        context.progress(1, 1);
        context.emit(new RulesDocument(rules.version(), text));
    }

    private static String text(Path file) throws ImportException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(name, 0, ImportWords.say("import.funding.size"));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException(name, 0, ImportWords.say("import.funding.utf8"));
        } catch (IOException e) {
            throw new ImportException(name, 0, ImportWords.say("import.read", e.getMessage()));
        }
    }
}
