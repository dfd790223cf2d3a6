package fr.passerelle.importer.offers;

import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.NonCsvFormat;
import fr.passerelle.importer.ReadContext;
import fr.passerelle.importer.VersionRules;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved France Travail "Offres d'emploi v2" search answer ({@code {"resultats": [...]}}), named
 * {@code offres_emploi_v2_AAAAMMJJ[_<région>].json}: the date is the day it was fetched, which decides which offers
 * are still live, so a file without it is not recognised (the 2019 API sample of ../shared/data is such a file: it is
 * a contract sample, not a dated fetch). Each région's file is its own dataset; a newer fetch replaces the older one.
 */
public final class JobOffersFormat extends NonCsvFormat {
    public static final String KIND = "market.live_offers";
    private static final Pattern NAME = Pattern.compile("offres_emploi_v2_(20\\d{2})(\\d{2})(\\d{2})(?:_[A-Za-z0-9_-]+)?\\.json");

    public JobOffersFormat() {
        super(KIND, "Offres d'emploi en ligne (API Offres d'emploi v2)", 58);
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

    /** The fetch day in a file name of this format, or null when the name is not one (or its date is impossible). */
    public static LocalDate fetchDay(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The file name {@code sync} writes for the offers of one région fetched on {@code day}. */
    public static String fileName(LocalDate day, String region) {
        return "offres_emploi_v2_" + day.toString().replace("-", "") + "_" + region + ".json";
    }

    @Override
    public void read(Path file, ReadContext context) throws ImportException {
        String name = file.getFileName().toString();
        LocalDate fetched = fetchDay(name);
        if (fetched == null) {
            throw new ImportException(name, 0, ImportWords.say("import.offers.date"));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            readOffers(in, name, fetched, context);
        } catch (IOException e) {
            throw new ImportException(name, 0, ImportWords.say("import.read", e.getMessage()));
        }
    }

    /** Streams one search answer into the context, each offer dated {@code fetchedOn} (tests read the API sample so). */
    public static void readOffers(InputStream body, String sourceName, LocalDate fetchedOn, ReadContext context)
            throws ImportException {
        new JobOffersReader(sourceName, fetchedOn, context).read(body);
    }
}
