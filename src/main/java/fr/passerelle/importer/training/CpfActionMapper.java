package fr.passerelle.importer.training;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.domain.Money;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.training.FormacodeCode;
import fr.passerelle.domain.training.TeachingMode;
import fr.passerelle.domain.training.Training;
import fr.passerelle.domain.training.TrainingAction;
import fr.passerelle.domain.training.TrainingFormacode;
import fr.passerelle.domain.training.TrainingLevel;
import fr.passerelle.domain.training.TrainingRome;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.ReadContext;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Maps one Mon Compte Formation action object onto the training tables. Identifiers: numeroFormation and
 * numeroAction when given; otherwise the training is its title, provider SIRET and certification codes (so two
 * actions of the same training share it), and the action is the whole object's content. Sessions: the API objects
 * carry none (minDateSessionPoleEmploi is a display cut-off, not a session), so none are stored. Errors say
 * {@code file:line: field: what is wrong} with the line where the object starts.
 */
final class CpfActionMapper {
    private final Emitter out;

    CpfActionMapper(Emitter out) {
        this.out = out;
    }

    void map(long line, JsonNode action, ReadContext context) throws ImportException {
        JsonNode f = action.path("formation");
        if (!f.isObject()) {
            throw out.error(line, "formation", ImportWords.say("import.cpf.noObject"));
        }
        String title = LheoValues.collapse(text(f, "title"));
        if (title == null) {
            throw out.error(line, "formation.title", ImportWords.say("import.value.missing"));
        }
        String rncp = text(f, "codeRncp");
        String certifinfo = text(f, "codeDiplomeCertification");
        String rs = text(f, "codeInventaire");
        String siret = parse(line, "siretOrganisme", text(action, "siretOrganisme"), LheoValues::siret);
        String given = text(f, "numeroFormation");
        String trainingId = given != null ? given : DerivedIds.of("cpf-", title, siret, rncp, certifinfo, rs);

        if (out.firstTime("training " + trainingId)) {
            TrainingLevel exit = parse(line, "formation.outLevel", text(f.path("outLevel"), "code"), CpfActionMapper::level);
            TrainingLevel entry = parse(line, "formation.niveauEntreeFormation",
                    text(f.path("niveauEntreeFormation"), "code"), CpfActionMapper::level);
            Boolean certifying = rncp != null || rs != null ? Boolean.TRUE : null;
            out.main(line, "formation", out.build(line, "formation", () -> new Training(trainingId, title,
                    LheoValues.freeText(text(f, "objective")), certifying, entry, exit, rncp, certifinfo, rs, siret,
                    LheoValues.collapse(text(action, "raisonSocialeOrganisme")), null, null)));
            storeCodes(line, f, trainingId);
        }

        String actionId = text(action, "numeroAction") != null ? text(action, "numeroAction")
                : DerivedIds.of(trainingId + "/", action.toString());
        if (!out.firstTime("action " + actionId)) {
            context.reject(out.where(line), ImportWords.say("import.reject.cpfDuplicate"));
            return;
        }
        Integer hours = parse(line, "duration", text(action, "duration"), LheoValues::hours);
        Integer centre = parse(line, "nbHoursCentre", text(action, "nbHoursCentre"), LheoValues::hours);
        Integer company = parse(line, "nbHoursEntreprise", text(action, "nbHoursEntreprise"), LheoValues::hours);
        Money price = parse(line, "totalPriceTTC", action.path("totalPriceTTC"), CpfActionMapper::price);
        TeachingMode mode = parse(line, "formation.codeModaliteEnseign", text(f, "codeModaliteEnseign"), LheoValues::teachingMode);
        JsonNode address = action.path("address");
        String postalCode = parse(line, "address.postalCode", text(address, "postalCode"), LheoValues::postalCode);
        String city = LheoValues.collapse(text(address, "city"));
        String street = LheoValues.collapse(text(address, "numLibelleVoie"));
        String conditions = LheoValues.freeText(text(f, "specificCondition"));
        out.derived(line, "action", out.build(line, "action", () -> new TrainingAction(actionId, trainingId, hours, centre,
                company, price, null, mode, null, postalCode, city, street, null, null, true, conditions)));
    }

    private void storeCodes(long line, JsonNode f, String trainingId) throws ImportException {
        Set<RomeCode> romes = new LinkedHashSet<>();
        for (JsonNode rome : f.path("proximiteRomes")) {
            romes.add(parse(line, "formation.proximiteRomes", text(rome, "code"), LheoValues::rome));
        }
        for (RomeCode rome : romes) {
            out.derived(line, "formation.proximiteRomes", new TrainingRome(trainingId, rome));
        }
        Set<FormacodeCode> codes = new LinkedHashSet<>();
        for (JsonNode code : f.path("formacodes")) {
            codes.add(parse(line, "formation.formacodes", text(code, "code"), LheoValues::formacode));
        }
        boolean first = true;
        for (FormacodeCode code : codes) {
            out.derived(line, "formation.formacodes", new TrainingFormacode(trainingId, code, first, null));
            first = false;
        }
    }

    /** CPF levels: "NIVEAU_3" (2019 framework) → LHEO 13, "SANS_NIVEAU" → 1 (no specific level). */
    static TrainingLevel level(String code) {
        if (code == null) {
            return null;
        }
        if (code.equals("SANS_NIVEAU")) {
            return new TrainingLevel(1);
        }
        if (code.matches("NIVEAU_[1-8]")) {
            return TrainingLevel.ofNationalFramework(code.charAt(7) - '0');
        }
        throw ImportWords.invalid("import.cpf.level", code);
    }

    private <T, V> T parse(long line, String field, V value, Parser<T, V> parser) throws ImportException {
        try {
            return parser.parse(value);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw out.error(line, field, ImportWords.of(e));
        }
    }

    @FunctionalInterface
    private interface Parser<T, V> {
        T parse(V value);
    }

    /** A field as text: null when missing, null or blank; numbers as written. */
    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String value = node.isNumber() ? node.numberValue().toString() : node.asText().trim();
        return value.isEmpty() ? null : value;
    }

    /** totalPriceTTC: a JSON number (or a number in a string) of euros; absent or null = unknown. */
    private static Money price(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return LheoValues.price(node.decimalValue());
        }
        if (node.isTextual()) {
            return LheoValues.price(node.asText().isBlank() ? null : node.asText());
        }
        throw ImportWords.invalid("import.cpf.price", node);
    }
}
