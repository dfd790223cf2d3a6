package fr.passerelle.importer.offers;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.LiveOffer;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.JsonArrayAnswer;
import fr.passerelle.importer.ReadContext;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code resultats} of an Offres d'emploi v2 answer one offer at a time with Jackson's streaming parser
 * (only one offer is ever a tree). The structure must be right (an object whose {@code resultats} is an array of
 * objects, not empty): anything else stops the import with the line. An offer that cannot be shown (no id, no title,
 * no valid ROME code, an impossible date or coordinate) is rejected with its line, and a second offer with the same
 * id (the API's pages shift while they are read) is a duplicate: offers are independent rows.
 */
final class JobOffersReader {

    private final String source;
    private final LocalDate fetchedOn;
    private final ReadContext context;
    private int index;

    JobOffersReader(String source, LocalDate fetchedOn, ReadContext context) {
        this.source = source;
        this.fetchedOn = fetchedOn;
        this.context = context;
    }

    void read(InputStream body) throws ImportException {
        JsonArrayAnswer.read(source, body, "resultats", "Offres d'emploi v2", context, this::offer);
        if (index == 0) {
            throw new ImportException(source, 0, ImportWords.say("import.offers.none"));
        }
    }

    private void offer(long line, JsonNode offer) {
        index++;
        String where = source + ":" + line;
                LiveOffer read;
        try {
            read = map(offer);
        } catch (IllegalArgumentException e) {
            context.reject(where, ImportWords.say("import.reject.offer", index, ImportWords.of(e)));
            return;
        }
        if (!context.firstTime(read.id())) {
            context.reject(where, ImportWords.say("import.reject.offerTwice", index, read.id()));
            return;
        }
        context.emit(read);
    }

    private LiveOffer map(JsonNode offer) {
        String id = text(offer, "id");
        if (id == null) {
            throw ImportWords.invalid("import.offers.noId");
        }
        if (id.length() > 40) {
            throw ImportWords.invalid("import.offers.longId");
        }
        String title = text(offer, "intitule");
        if (title == null) {
            throw ImportWords.invalid("import.offers.noTitle", id);
        }
        String rome = text(offer, "romeCode");
        if (rome == null || !RomeCode.isValid(rome)) {
            throw rome == null ? ImportWords.invalid("import.offers.noRome", id) : ImportWords.invalid("import.offers.badRome", rome, id);
        }
        JsonNode place = offer.path("lieuTravail");
        String insee = text(place, "commune");
        if (insee != null && !InseeCode.isValid(insee)) {
            throw ImportWords.invalid("import.offers.insee", insee, id);
        }
        Double lat = number(place, "latitude", -90, 90);
        Double lon = number(place, "longitude", -180, 180);
        if (lat == null || lon == null) {
            lat = null;
            lon = null;
        }
        String contract = text(offer, "typeContratLibelle") != null ? text(offer, "typeContratLibelle") : text(offer, "typeContrat");
        return new LiveOffer(id, cut(title), new RomeCode(rome), cut(text(offer.path("entreprise"), "nom")), insee,
                cut(text(place, "libelle")), lat, lon, day(text(offer, "dateCreation"), id), cut(contract), fetchedOn);
    }

    /** The API's dates carry an offset (2019-01-23T13:32:22+01:00) or Z with millis: the day where it was written. */
    private static LocalDate day(String text, String id) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            throw ImportWords.invalid("import.offers.created", text, id);
        }
    }

    /** Titles and names are free text: longer than the column, they are shortened rather than the offer lost. */
    private static String cut(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static Double number(JsonNode node, String field, double min, double max) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        double v;
        if (value.isNumber()) {
            v = value.asDouble();
        } else {
            try {
                v = Double.parseDouble(value.asText().strip());
            } catch (NumberFormatException e) {
                throw ImportWords.invalid("import.offers.number", field, value.asText());
            }
        }
        if (!(v >= min && v <= max)) {
            throw ImportWords.invalid("import.offers.range", field, v, (int) min, (int) max);
        }
        return v;
    }
}
