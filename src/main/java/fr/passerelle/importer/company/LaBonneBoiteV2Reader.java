package fr.passerelle.importer.company;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.company.Establishment;
import fr.passerelle.domain.company.HiringScore;
import fr.passerelle.domain.company.ScoreSource;
import fr.passerelle.domain.company.Siret;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.JsonArrayAnswer;
import fr.passerelle.importer.ReadContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads La Bonne Boite v2 items one at a time with Jackson's streaming parser (a page or a whole synced region never
 * sits in memory as a tree, only one item does). The response structure must be right (an object with an
 * {@code items} array of objects): anything else stops the import with the line. An item whose data is unusable
 * (no valid SIRET, no name, no place) is reported and left out: items are independent establishments.
 * <p>
 * Scores: the v2 item shape known from public clients has no hiring-potential value. When an item carries
 * {@code hiring_potential} (a number, taken on La Bonne Boite's 0–100 score scale), or a {@code romes} array of
 * {@code {rome, hiring_potential}}, the score is {@link ScoreSource#PUBLISHED}; an item found for a ROME code
 * without a value is stored as {@link ScoreSource#LISTED} with no score.
 */
final class LaBonneBoiteV2Reader {

    private final String source;
    private final RomeCode searchedRome;
    private final ReadContext context;
    private int index;

    LaBonneBoiteV2Reader(String source, RomeCode searchedRome, ReadContext context) {
        this.source = source;
        this.searchedRome = searchedRome;
        this.context = context;
    }

    void read(InputStream body) throws ImportException {
        JsonArrayAnswer.read(source, body, "items", "La Bonne Boite v2", context, this::item);
    }

    private void item(long line, JsonNode item) {
        index++;
        String where = source + ":" + line;
                String siretText = text(item, "siret");
        if (siretText == null || !Siret.isValid(siretText)) {
            context.reject(where, ImportWords.say("import.reject.item", index, ImportWords.siretProblem(siretText)));
            return;
        }
        Siret siret = new Siret(siretText);
        List<HiringScore> scores;
        Establishment establishment;
        try {
            scores = scores(siret, item);
            establishment = establishment(siret, item);
        } catch (IllegalArgumentException e) {
            context.reject(where, ImportWords.say("import.reject.itemSiret", index, siret, ImportWords.of(e)));
            return;
        }
        boolean first = context.firstTime(siret);
        List<HiringScore> fresh = new ArrayList<>();
        for (HiringScore score : scores) {
            if (context.firstTime(List.of(siret, score.romeCode()))) {
                fresh.add(score);
            }
        }
        if (!first && fresh.isEmpty()) {
            context.reject(where, ImportWords.say("import.reject.itemTwice", index, siret));
            return;
        }
        if (first) {
            context.emit(establishment);
            fresh.forEach(context::emitDerived);
        } else {
            // The same establishment found again for another occupation (another search page): one more score.
            context.emit(fresh.get(0));
            fresh.subList(1, fresh.size()).forEach(context::emitDerived);
        }
    }

    private static Establishment establishment(Siret siret, JsonNode item) {
        String name = text(item, "company_name");
        if (name == null) {
            throw ImportWords.invalid("import.lbb.noName");
        }
        JsonNode location = item.path("location");
        Double lat = number(location, "lat");
        Double lon = number(location, "lon");
        String cityCode = text(item, "citycode");
        InseeCode insee = cityCode != null && InseeCode.isValid(cityCode) ? new InseeCode(cityCode) : null;
        Integer min = integer(item, "headcount_min");
        Integer max = integer(item, "headcount_max");
        return new Establishment(siret, name, null, text(item, "naf"), null, min, max, text(item, "address"), insee,
                text(item, "city"), text(item, "postcode"), lat, lon, null, text(item, "website"));
    }

    private List<HiringScore> scores(Siret siret, JsonNode item) {
        List<HiringScore> scores = new ArrayList<>();
        JsonNode romes = item.path("romes");
        if (romes.isArray()) {
            for (JsonNode entry : romes) {
                String code = text(entry, "rome") != null ? text(entry, "rome") : text(entry, "code");
                if (code != null) {
                    scores.add(score(siret, code, entry.path("hiring_potential")));
                }
            }
        }
        String named = text(item, "rome");
        String rome = named != null ? named : searchedRome == null ? null : searchedRome.value();
        if (rome != null && scores.stream().noneMatch(s -> s.romeCode().value().equals(rome))) {
            scores.add(score(siret, rome, item.path("hiring_potential")));
        }
        return scores;
    }

    private static HiringScore score(Siret siret, String rome, JsonNode potential) {
        if (!RomeCode.isValid(rome)) {
            throw ImportWords.invalid("import.lbb.rome", rome);
        }
        if (potential.isMissingNode() || potential.isNull()) {
            return new HiringScore(siret, new RomeCode(rome), null, ScoreSource.LISTED);
        }
        if (!potential.isNumber()) {
            throw ImportWords.invalid("import.offers.number", "hiring_potential", potential.asText());
        }
        double value = potential.asDouble();
        if (value < 0 || value > 100) {
            throw ImportWords.invalid("import.lbb.potentialRange", value);
        }
        return new HiringScore(siret, new RomeCode(rome), (int) Math.round(value), ScoreSource.PUBLISHED);
    }

    /** A non-blank text (numbers written as text too), or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.valueOf(value.asText().trim());
        } catch (NumberFormatException e) {
            throw ImportWords.invalid("import.offers.number", field, value.asText());
        }
    }

    private static Integer integer(JsonNode node, String field) {
        Double value = number(node, field);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value)) {
            throw ImportWords.invalid("import.lbb.integer", field, value);
        }
        return value.intValue();
    }
}
