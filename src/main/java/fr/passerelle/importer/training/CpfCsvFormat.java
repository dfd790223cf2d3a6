package fr.passerelle.importer.training;

import fr.passerelle.domain.Money;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.training.TeachingMode;
import fr.passerelle.domain.training.Training;
import fr.passerelle.domain.training.TrainingAction;
import fr.passerelle.domain.training.TrainingRome;
import fr.passerelle.importer.CsvFormat;
import fr.passerelle.importer.CsvRow;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.ReadContext;

/**
 * The Mon Compte Formation catalogue flattened to CSV (as Bob Emploi exports it): one row per training × "proximité"
 * ROME code, no identifiers. Rows are grouped without holding the file: a training is its title and entry
 * conditions (whitespace-insensitive), stored the first time it is seen; its actions are told apart by hours, price,
 * postal code and teaching mode. Everything in the CPF catalogue can be paid with the CPF, so cpf_eligible is true.
 * A row with no ROME code is a training that names no occupation: it is stored without one.
 */
final class CpfCsvFormat {
    static final String TITLE = "formation.title";
    static final String ROME = "formation.proximiteRomes.code";
    static final String HOURS = "duration";
    static final String PRICE = "totalPriceTTC";
    static final String POSTAL_CODE = "address.postalCode";
    static final String CONDITIONS = "formation.specificCondition";
    static final String MODE = "formation.codeModaliteEnseign";

    private CpfCsvFormat() {
    }

    static DatasetFormat format() {
        return CsvFormat.builder("trainings.cpf_csv", "Catalogue Mon Compte Formation (CSV)").order(82)
                .fileName("cpf_trainings.*\\.csv").regional()
                .header(TITLE, ROME, HOURS, PRICE, POSTAL_CODE, CONDITIONS, MODE)
                .rows(CpfCsvFormat::row);
    }

    private static void row(CsvRow r, ReadContext c) throws ImportException {
        String title = parse(r, TITLE, t -> LheoValues.collapse(t));
        if (title == null) {
            throw r.error(TITLE, ImportWords.say("import.value.missing"));
        }
        String conditions = LheoValues.freeText(r.optText(CONDITIONS));
        RomeCode rome = r.optRome(ROME);
        Integer hours = parse(r, HOURS, LheoValues::hours);
        Money price = parse(r, PRICE, LheoValues::price);
        String postalCode = parse(r, POSTAL_CODE, LheoValues::postalCode);
        TeachingMode mode = parse(r, MODE, LheoValues::teachingMode);

        String trainingId = DerivedIds.of("cpf-", title, LheoValues.collapse(conditions));
        if (c.firstTime(trainingId)) {
            c.emit(new Training(trainingId, title, null, null, null, null, null, null, null, null, null, null, null));
        }
        if (rome != null && c.firstTime(trainingId + " " + rome)) {
            c.emitDerived(new TrainingRome(trainingId, rome));
        }
        String actionId = DerivedIds.of(trainingId + "/", hours, price, postalCode, mode);
        if (c.firstTime(actionId)) {
            c.emitDerived(new TrainingAction(actionId, trainingId, hours, null, null, price, null, mode, null, postalCode,
                    null, null, null, null, true, conditions));
        }
    }

    private static <T> T parse(CsvRow r, String column, LheoElements.Parser<T> parser) throws ImportException {
        try {
            return parser.parse(r.optText(column));
        } catch (IllegalArgumentException e) {
            throw r.error(column, ImportWords.of(e));
        }
    }
}
