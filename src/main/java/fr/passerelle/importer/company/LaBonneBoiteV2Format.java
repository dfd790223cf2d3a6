package fr.passerelle.importer.company;

import fr.passerelle.domain.RomeCode;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.NonCsvFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ReadContext;
import fr.passerelle.importer.VersionRules;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved response of La Bonne Boite API v2 ({@code GET /recherche}), {@code labonneboite_v2_<anything>.json}:
 * {@code {"items": [...]}}. The establishments land in the same tables as every other company source. Each file
 * is its own dataset (regional). When the file name carries a ROME code ({@code labonneboite_v2_D1505_lille.json})
 * it is taken as the searched occupation for items that do not name theirs.
 */
public final class LaBonneBoiteV2Format extends NonCsvFormat {
    public static final String KIND = "companies.lbb_v2";
    private static final Pattern NAME = Pattern.compile("labonneboite_v2_.+\\.json");
    private static final Pattern ROME_IN_NAME = Pattern.compile("(?<![A-Za-z0-9])([A-N][0-9]{4})(?![0-9])");

    public LaBonneBoiteV2Format() {
        super(KIND, "Entreprises qui recrutent (La Bonne Boite API v2)", 81);
    }

    @Override
    public boolean matchesName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    @Override
    public String scope(Path file) {
        return VersionRules.scopeFromFileName(file);
    }

    @Override
    public String version(Path file) {
        return VersionRules.fromFileName(file);
    }

    @Override
    public void read(Path file, ReadContext context) throws ImportException {
        String name = file.getFileName().toString();
        Matcher rome = ROME_IN_NAME.matcher(name);
        RomeCode searched = rome.find() ? new RomeCode(rome.group(1)) : null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            readItems(in, name, searched, context);
        } catch (IOException e) {
            throw new ImportException(name, 0, ImportWords.say("import.read", e.getMessage()));
        }
    }

    /**
     * Streams one API v2 response into the context: what the sync code calls with the HTTP body, inside a dataset it
     * opened on the import sink. {@code searchedRome} (nullable) is the ROME code the search was made for.
     */
    public static void readItems(InputStream body, String sourceName, RomeCode searchedRome, ReadContext context)
            throws ImportException {
        new LaBonneBoiteV2Reader(sourceName, searchedRome, context).read(body);
    }
}
